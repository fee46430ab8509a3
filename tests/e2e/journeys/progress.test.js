// Progress and its guarantees, as a learner meets them: export, clear and import without
// losing anything; two tabs that both practise; an old save migrated on open; a corrupt
// save backed up and reported. The progress page passes an axe scan with real data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { sharedSetup, watchedPage, appReady, axeViolations, practise } from '../lib/browser.js';

const shared = sharedSetup();

const attemptsStored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('rapport.progress') ?? '{"data":{"attempts":[]}}').data.attempts.length);

test('two drills, export, clear, import: both come back', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin, { acceptDownloads: true });
  await practise(page, shared.origin, 'pinged-at-ten', 'It sounds exhausting to be online until midnight. Is that right?');
  await practise(page, shared.origin, 'async-silence', 'You should post it again next week.');
  await page.goto(`${shared.origin}/#/progress`);
  await appReady(page);
  assert.match(await page.textContent('.stats'), /2\s*replies checked/);
  assert.equal(await page.locator('.history__item').count(), 2);
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Export progress')]);
  assert.match(download.suggestedFilename(), /^rapport-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  assert.match(await readFile(file, 'utf8'), /"format": "rapport-export"/);

  await page.click('text=Clear all progress');
  assert.match(await page.textContent('.confirm-clear'), /removes 2 replies/);
  await page.click('text=Clear without exporting');
  await page.waitForSelector('.empty-state');
  assert.equal(await attemptsStored(page), 0);

  // A foreign file is refused and changes nothing.
  await page.setInputFiles('#import-file', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
  await page.waitForSelector('.import-error');
  assert.match(await page.textContent('.import-error'), /not a Rapport export/);
  await page.click('.import-error button');

  await page.setInputFiles('#import-file', file);
  await page.waitForSelector('.import-preview');
  assert.match(await page.textContent('.import-preview'), /2 replies in the file: 2 new, 0 you already have/);
  await page.click('.import-preview .button--primary');
  await page.waitForSelector('.history__item');
  assert.equal(await page.locator('.history__item').count(), 2);
  assert.match(await page.textContent('#your-data #data-result'), /Imported 2 new replies/);
  assert.equal(await attemptsStored(page), 2);

  // Importing the same file again adds nothing.
  await page.setInputFiles('#import-file', file);
  await page.waitForSelector('.import-preview');
  assert.match(await page.textContent('.import-preview'), /0 new, 2 you already have/);
  assert.equal(await page.isDisabled('.import-preview .button--primary'), true);
  assert.deepEqual(page.problems, []);
  await context.close();
});

/// An export of `count` replies to one drill, a minute apart, as Rapport writes them.
function longExport(count) {
  const start = 1_700_000_000_000;
  const attempts = Array.from({ length: count }, (_, i) => [0, start + i * 60_000, `It sounds like a long week (${i}). Is that right?`, 60, 1, 0]);
  return JSON.stringify({
    format: 'rapport-export',
    version: 1,
    exported_at: start + count * 60_000,
    records: {
      'rapport.progress': { schema: 4, data: { drills: ['pinged-at-ten'], attempts, cards: {} } },
      'rapport.roleplays': { schema: 1, data: { runs: {}, endings: {}, notes: {} } },
    },
  });
}

test('a long import says how far it has got and brings everything in', async (t) => {
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  await practise(page, shared.origin, 'async-silence', 'You have been waiting all week for an answer.');
  await page.goto(`${shared.origin}/#/progress`);
  await appReady(page);
  // Record every status the import shows, however briefly, and the tasks that held the
  // page for more than 50 ms once the file was chosen (handing the file to the page is
  // the test harness's own long task, before that).
  await page.evaluate(() => {
    window.__statuses = [];
    window.__longest = 0;
    document.querySelector('#import-file').addEventListener('change', () => { window.__chosenAt = performance.now(); });
    new MutationObserver(() => {
      const status = document.querySelector('#import-status')?.textContent;
      if (status && window.__statuses.at(-1) !== status) window.__statuses.push(status);
    }).observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true });
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) {
        if (window.__chosenAt !== undefined && task.startTime >= window.__chosenAt) window.__longest = Math.max(window.__longest, task.duration);
      }
    }).observe({ type: 'longtask' });
  });
  const count = 20_000;
  // The page reports its progress once per turn of work (12 ms), so on a quiet, fast
  // machine the whole comparison can fit in one turn and no count in between is ever
  // shown. A CPU slowed down as on a low-end phone makes the comparison take many turns
  // on any machine this runs on.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 10 });
  await page.setInputFiles('#import-file', { name: 'long.json', mimeType: 'application/json', buffer: Buffer.from(longExport(count)) });
  await page.waitForSelector('.import-preview', { timeout: 120_000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const statuses = await page.evaluate(() => window.__statuses);
  assert.equal(statuses[0], 'Reading “long.json”…', statuses.join(' | '));
  const counts = statuses.map((s) => s.match(/: ([\d,]+) of 20,000 replies compared with yours…$/)).filter(Boolean).map((m) => Number(m[1].replaceAll(',', '')));
  assert.ok(counts.some((n) => n > 0 && n < count), `a count part of the way through: ${statuses.join(' | ')}`);
  assert.deepEqual(counts, [...counts].sort((a, b) => a - b), 'the count only goes up');
  const longest = await page.evaluate(() => window.__longest);
  t.diagnostic(`longest task while reading and comparing 20,000 replies, the CPU slowed 10×: ${Math.round(longest)} ms (none over 50 ms when 0)`);
  assert.match(await page.textContent('.import-preview'), /20,?000 replies in the file: 20,?000 new, 0 you already have/);
  const started = await page.evaluate(() => performance.now());
  await page.click('.import-preview .button--primary');
  await page.waitForSelector('#your-data #data-result');
  assert.match(await page.textContent('#your-data #data-result'), /Imported 20,?000 new replies/);
  t.diagnostic(`Import to its result, the save included: ${Math.round(await page.evaluate((s) => performance.now() - s, started))} ms`);
  assert.equal(await attemptsStored(page), count + 1, 'the file and the reply practised before');
  await page.reload();
  await appReady(page);
  assert.match(await page.textContent('.stats'), /20,?001\s*replies checked/);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('two tabs each record an attempt, and both survive', async () => {
  const context = await shared.browser.newContext();
  const one = await context.newPage();
  const two = await context.newPage();
  await one.goto(`${shared.origin}/#/practice`);
  await two.goto(`${shared.origin}/#/practice`);
  await appReady(one);
  await appReady(two);
  for (const [page, drill] of [[one, 'pinged-at-ten'], [two, 'async-silence']]) {
    await page.goto(`${shared.origin}/#/drills/${drill}`);
    await page.waitForSelector('#reply');
    await page.fill('#reply', 'It sounds really frustrating. Is that right?');
    await page.click('button[type=submit]');
    await page.waitForSelector('.feedback');
  }
  // The second tab keeps its own drill on screen when the first tab's session arrives.
  assert.match(two.url(), /#\/drills\/async-silence$/);
  assert.match(await two.textContent('main'), /Edit and check again/);
  // Each tab merges what the other saved; the last save holds both.
  await one.waitForFunction(() => JSON.parse(localStorage.getItem('rapport.progress')).data.attempts.length === 2);
  await one.goto(`${shared.origin}/#/progress`);
  await one.waitForSelector('.history__item');
  assert.equal(await one.locator('.history__item').count(), 2);
  await two.goto(`${shared.origin}/#/progress`);
  await two.waitForSelector('.history__item');
  assert.equal(await two.locator('.history__item').count(), 2);
  await context.close();
});

test('an old-schema save is migrated on open, with nothing lost', async () => {
  const fixture = await readFile(new URL('../../../core/tests/fixtures/progress-v1.json', import.meta.url), 'utf8');
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  await context.addInitScript((v1) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('rapport.progress', v1);
      sessionStorage.setItem('seeded', 'yes');
    }
  }, fixture);
  await page.goto(`${shared.origin}/#/progress`);
  await appReady(page);
  await page.waitForSelector('.history__item');
  assert.equal(await page.locator('.history__item').count(), 3);
  assert.match(await page.textContent('.notices'), /An older version of Rapport \(format 1\) saved your practice history; the stored copy was updated/);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('rapport.progress')));
  assert.equal(stored.schema, 4);
  assert.equal(typeof stored.data.attempts[0][2], 'string', 'replies are stored as plain text');
  assert.equal(stored.data.attempts.length, 3);
  assert.equal(await page.evaluate(() => localStorage.getItem('rapport.progress.backup-1')), null, 'the backup is dropped once the migrated data is saved');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a corrupt practice history is backed up and reported', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('rapport.progress', '{"schema":2,"data":{"attempts":"broken"}}');
      sessionStorage.setItem('seeded', 'yes');
    }
  });
  await page.goto(`${shared.origin}/#/progress`);
  await appReady(page);
  assert.match(await page.textContent('.notices'), /could not read your saved practice history.*rapport\.progress\.backup-1/);
  assert.equal(await page.evaluate(() => localStorage.getItem('rapport.progress.backup-1')), '{"schema":2,"data":{"attempts":"broken"}}');
  assert.match(await page.textContent('.empty-state'), /Nothing to show yet/);
  assert.deepEqual(page.problems, []);
  await context.close();
});
