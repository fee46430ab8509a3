// Offline and installable: the release build runs under its Content-Security-Policy, a
// service worker precaches it so a learner can practise with the network off, and a new
// deployment is announced and applied on the learner's word, keeping their progress.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../lib/server.js';
import { launch, watchedPage, appReady, DIST } from '../lib/browser.js';

let server;
let browser;

before(async () => {
  server = await serve(DIST);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

test('every page runs under the Content-Security-Policy without a violation', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error' || msg.type() === 'warning') problems.push(msg.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  const csp = await page.goto(`${server.origin}/`).then(() => page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content'));
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  for (const hash of ['#/', '#/practice', '#/drills/pinged-at-ten', '#/roleplays/the-handover', '#/progress', '#/privacy']) {
    await page.goto(`${server.origin}/${hash}`);
    await appReady(page);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('the first load asks for one style sheet, and it applies', async () => {
  // The app's script waits for every style sheet, so the build joins them into one.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const sheets = [];
  page.on('request', (r) => { if (r.resourceType() === 'stylesheet') sheets.push(r.url()); });
  await page.goto(`${server.origin}/workshop.html#/workshop`);
  await appReady(page);
  assert.equal(sheets.length, 1, sheets.join(', '));
  // Rules from each source file are there: the app's own, the workshop's and the packs'.
  const rules = await page.evaluate(() => [...document.styleSheets[0].cssRules].map((r) => r.selectorText ?? '').join(' '));
  for (const selector of ['.site-header', '.plan', '.pack']) assert.ok(rules.includes(selector), `no rule for ${selector}`);
  await context.close();
});

test('the manifest makes it installable', async () => {
  const { context, page } = await watchedPage(browser, server.origin);
  await page.goto(`${server.origin}/`);
  await appReady(page);
  const manifest = await page.evaluate(async () => {
    const href = document.querySelector('link[rel=manifest]').href;
    const m = await (await fetch(href)).json();
    const icons = await Promise.all(m.icons.map(async (i) => (await fetch(new URL(i.src, href))).ok));
    return { display: m.display, name: m.short_name, start: m.start_url, icons, sizes: m.icons.map((i) => i.sizes) };
  });
  assert.deepEqual(manifest, { display: 'standalone', name: 'Rapport', start: './', icons: [true, true, true, true], sizes: ['192x192', '512x512', '512x512', 'any'] });
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('after one visit, the app loads and a drill can be done with the network off', async () => {
  const { context, page } = await watchedPage(browser, server.origin);
  await page.goto(`${server.origin}/`);
  await appReady(page);
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await appReady(page);
  await page.goto(`${server.origin}/#/drills/pinged-at-ten`);
  await page.waitForSelector('#reply');
  await page.fill('#reply', 'It sounds exhausting to be online until midnight. Is that right?');
  await page.click('button[type=submit]');
  await page.waitForSelector('.feedback');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('rapport.progress')).data.attempts.length);
  assert.equal(stored, 1);
  await context.setOffline(false);
  assert.deepEqual(page.problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
  await context.close();
});

test('a new version is announced, and applied on the learner\'s word with progress kept', async () => {
  const changed = await mkdtemp(join(tmpdir(), 'rapport-next-'));
  try {
    await cp(DIST, changed, { recursive: true });
    const sw = join(changed, 'sw.js');
    await writeFile(sw, (await readFile(sw, 'utf8')).replace(/const VERSION = '[^']*';/, "const VERSION = 'next-version';"));
    // The edited worker's precompressed copies would be stale: a host then serves it plain.
    await rm(`${sw}.br`);
    await rm(`${sw}.gz`);

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/#/drills/pinged-at-ten`);
    await page.waitForSelector('#reply');
    await controlled(page);
    await page.fill('#reply', 'It sounds like this has been exhausting. Is that right?');
    await page.click('button[type=submit]');
    await page.waitForSelector('.feedback');

    server.setRoot(changed);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.waitForSelector('.update-banner');
    assert.match(await page.textContent('.update-banner'), /A new version of Rapport is ready/);
    await Promise.all([page.waitForNavigation(), page.click('.update-banner button')]);
    await appReady(page);
    const version = await page.evaluate(async () => {
      const cached = await caches.keys();
      return cached;
    });
    assert.deepEqual(version, ['rapport-next-version']);
    assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('rapport.progress')).data.attempts.length), 1);
    assert.equal(await page.locator('.update-banner').count(), 0);
    await context.close();
  } finally {
    server.setRoot(DIST);
    await rm(changed, { recursive: true, force: true });
  }
});
