// The studio on the largest pack the limits allow (969 KB: 400 drills, 40 role-plays,
// every message its own), in the release build: how long a keystroke holds the page, set
// beside the same keystroke in a bare text area of the same text, and how long after it the
// check is done (300 ms of that is the pause it waits for). Prints figures; asserts nothing.
// Run after `trunk build --release`: node studio-bench.js
import { launch, appReady } from './lib/browser.js';
import { serve } from './lib/server.js';
import { examplePack } from './lib/packs.js';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
const ex = examplePack();
const body = ex.indexOf('\ndrill:'), sc = ex.indexOf('\nscenario:');
let text = ex.slice(0, body);
for (let n = 0; n < 40; n++) text += ex.slice(sc).replaceAll('team-north-', `team-north-${n}-`);
const pad = '  It was a long fortnight, and the work mattered to the whole team and to me.\n';
const drill = ex.slice(body, sc);
const per = Math.floor((1000000 - 8000 - text.length - 400 * drill.length) / 400 / pad.length);
for (let n = 0; n < 400; n++) text += drill.replaceAll('team-north-', `team-north-${n}-`).replace('  I spent two weeks on it.\n', `  I spent two weeks on it, in sprint ${String(n).padStart(3, '0')}.\n${pad.repeat(per)}`);
console.log('pack bytes', Buffer.byteLength(text));
const server = await serve(DIST);
const browser = await launch();
const page = await (await browser.newContext()).newPage();
await page.goto(`${server.origin}/#/packs/edit`);
await appReady(page);
page.on('pageerror', (e) => console.log('pageerror:', e.message.slice(0, 300)));
// Set as a paste leaves it: typing a megabyte through Playwright's insertText closes the page.
const t0 = Date.now();
await page.evaluate((t) => { const a = document.getElementById('studio-text'); a.value = t; a.dispatchEvent(new InputEvent('input', { bubbles: true })); }, text);
await page.waitForSelector('text=No problems: this pack can be imported.', { timeout: 120000 });
console.log('paste to first check done (includes 300 ms pause):', Date.now() - t0, 'ms');
for (let i = 0; i < 3; i++) {
  // One keystroke: how long the input handler holds the page.
  const keystroke = await page.evaluate(() => {
    const area = document.getElementById('studio-text');
    area.focus(); area.setSelectionRange(area.value.length - 5, area.value.length - 5);
    const start = performance.now();
    document.execCommand('insertText', false, 'x');
    return performance.now() - start;
  });
  const t1 = Date.now();
  await page.waitForFunction(() => document.querySelector('.studio__summary')?.textContent.includes('Checking'), null, { polling: 5 });
  await page.waitForFunction(() => !document.querySelector('.studio__summary')?.textContent.includes('Checking'), null, { timeout: 120000, polling: 5 });
  console.log(`keystroke handled in ${keystroke.toFixed(1)} ms; checked ${Date.now() - t1} ms after it (300 ms of it the pause): ${await page.textContent('.studio__summary')}`);
  await page.evaluate(() => { const a = document.getElementById('studio-text'); a.focus(); a.setSelectionRange(a.value.length - 4, a.value.length - 4); document.execCommand('delete', false); });
  await page.waitForSelector('text=No problems: this pack can be imported.', { timeout: 120000 });
}
const base = await page.evaluate(() => {
  const a = document.createElement('textarea');
  a.value = document.getElementById('studio-text').value;
  a.setAttribute('wrap', 'off');
  document.body.append(a);
  const out = [];
  for (let i = 0; i < 3; i++) {
    a.focus(); a.setSelectionRange(a.value.length - 5, a.value.length - 5);
    const s = performance.now(); document.execCommand('insertText', false, 'x'); out.push(performance.now() - s);
  }
  const s = performance.now(); const v = a.value; const read = performance.now() - s;
  return { out, read, len: v.length };
});
console.log('a bare textarea of the same text, no handlers:', JSON.stringify(base));
await browser.close(); await server.close();
