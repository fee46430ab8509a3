// Faults a learner or a facilitator can bring in, each closed: a number no record can hold,
// replies longer than anyone can write (and a file built to explode when unpacked), values
// no Rapport stores, a history with a row that points nowhere, a history from the build
// that compressed its replies, and a pack "line bomb". For each, what the user is told,
// and that nothing already stored was lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { sharedSetup, watchedPage, appReady, practise, seedStorage } from '../lib/browser.js';
import { examplePack } from '../lib/packs.js';

const shared = sharedSetup();
const DAY = 24 * 3600 * 1000;

const exportOf = (progress, plays = {}) => JSON.stringify({
  format: 'rapport-export',
  version: 1,
  records: {
    'rapport.progress': { schema: 4, data: progress },
    'rapport.roleplays': { schema: 1, data: plays },
  },
});

async function importText(page, name, text) {
  await page.setInputFiles('#import-file', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.waitForSelector('.import-error, .import-preview');
}

/// Opens Progress with one practised reply, and returns what is stored.
async function withOneReply(page) {
  await practise(page, shared.origin, 'pinged-at-ten', 'It sounds exhausting to be online until midnight. Is that right?');
  await page.goto(`${shared.origin}/#/progress`);
  await appReady(page);
  return page.evaluate(() => localStorage.getItem('rapport.progress'));
}

test('imports that no Rapport could have written are refused in plain words, changing nothing', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  const before = await withOneReply(page);
  const card = { reps: 1, interval_days: 1, ease: 2.5, due: Date.now(), lapses: 0, introduced: Date.now() };
  const outOfRange = exportOf({ drills: [], attempts: [], cards: { 'pinged-at-ten': card } }).replace('"interval_days":1', '"interval_days":1e400');
  const long = 'It sounds hard. '.repeat(300);
  // The shape of the old attack on the unpacker: private-use characters that schema 3 read
  // as back-references, 1.2 million of them. Now they are only a reply far too long.
  const bomb = '\ue1ff\ue800\ue801'.repeat(400_000);
  const cases = [
    [outOfRange, /a number on line 1 too large for anything Rapport records/],
    [exportOf({ drills: ['pinged-at-ten'], attempts: [[0, Date.now() - DAY, long, 50, 0, 0]], cards: {} }), /A reply in this file is 4800 characters long, more than the 4000/],
    [exportOf({ drills: ['pinged-at-ten'], attempts: [[0, Date.now() - DAY, bomb, 50, 0, 0]], cards: {} }), /A reply in this file is 1200000 characters long/],
    [exportOf({ drills: ['pinged-at-ten'], attempts: [[5, Date.now() - DAY, 'x', 50, 0, 0]], cards: {} }), /lists one practised reply without a drill/],
  ];
  for (const [text, message] of cases) {
    await importText(page, 'export.json', text);
    const error = await page.textContent('.import-error');
    assert.match(error, message);
    assert.match(error, /Your data on this device was not changed/);
    await page.click('.import-error button');
  }
  assert.equal(await page.evaluate(() => localStorage.getItem('rapport.progress')), before, 'the stored history is byte for byte as it was');
  await page.reload();
  await appReady(page);
  assert.equal(await page.locator('.history__item').count(), 1);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('values no Rapport stores are left out of an import, and the preview says so', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  await withOneReply(page);
  const now = Date.now();
  const row = [0, now - DAY, 'So the late pings leave you feeling you can never switch off?', 70, 1, 0];
  const text = exportOf(
    {
      drills: ['async-silence'],
      attempts: [row, row, [0, now + 400 * DAY, 'from the future', 50, 0, 0]],
      cards: { 'async-silence': { reps: 1, interval_days: 1, ease: 2.5, due: now, lapses: 0, introduced: 9e15 } },
    },
    { endings: { 'the-handover': ['steady', 'made-up'], 'no-such-play': ['end'] } },
  );
  await importText(page, 'odd.json', text);
  const preview = await page.textContent('.import-preview');
  assert.match(preview, /1 reply in the file: 1 new, 0 you already have/);
  assert.deepEqual(await page.locator('#import-skipped li').allTextContents(), [
    '1 reply listed twice in the file (counted once)',
    '1 reply dated in the future or before Rapport existed',
    '1 review schedule with dates or intervals no schedule sets',
    '2 endings of role-plays that are not on this device',
  ]);
  await page.click('.import-preview .button--primary');
  await page.waitForFunction(() => document.querySelectorAll('.history__item').length === 2);
  assert.match(await page.textContent('#your-data #data-result'), /Imported 1 new reply and 1 role-play ending; 0 replies you already had were skipped\. Nothing was overwritten\. Some of the file was left out, as the preview listed\./);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('rapport.progress')).data);
  assert.equal(stored.attempts.length, 2);
  assert.equal(stored.cards['async-silence'], undefined, 'a schedule introduced in the year 287,000 is not stored');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a stored history with a row that points nowhere loads the rest, keeps a byte-exact backup and says so', async () => {
  const now = Date.now();
  const raw = JSON.stringify({
    schema: 4,
    data: { drills: ['pinged-at-ten'], attempts: [[0, now - DAY, 'It sounds lonely. Is that right?', 80, 17, 0], [9, now - DAY + 1, 'lost drill', 50, 0, 0]], cards: {} },
  });
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  await seedStorage(context, 'rapport.progress', raw);
  await page.goto(`${shared.origin}/#/progress`);
  await appReady(page);
  assert.match(await page.textContent('.notices'), /could not read one practised reply in your saved practice history; everything else is here\. Nothing was deleted: the stored copy as it was is kept in this browser under “rapport\.progress\.backup-1”/);
  assert.equal(await page.locator('.history__item').count(), 1);
  assert.equal(await page.evaluate(() => localStorage.getItem('rapport.progress.backup-1')), raw, 'the backup is the stored text exactly');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a history stored with compressed replies (schema 3) opens with every reply as plain text', async () => {
  const pinned = await readFile(new URL('../../../core/tests/fixtures/stored-records-schema-3.txt', import.meta.url), 'utf8');
  const v3 = pinned.split('\n').find((l) => l.startsWith('rapport.progress\t')).split('\t')[1];
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  await seedStorage(context, 'rapport.progress', v3);
  await page.goto(`${shared.origin}/#/progress`);
  await appReady(page);
  assert.match(await page.textContent('.notices'), /An older version of Rapport \(format 3\) saved your practice history/);
  assert.equal(await page.locator('.history__item').count(), 2);
  assert.match(await page.textContent('.history'), /You should post it again\./);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('rapport.progress')));
  assert.equal(stored.schema, 4);
  assert.equal(stored.data.attempts[1][2], 'You should post it again.');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a pasted pack "line bomb" is refused by its limits, and the page keeps working', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  await page.goto(`${shared.origin}/`);
  await appReady(page);
  await page.click('nav a[href$="#/packs"]');
  await page.waitForSelector('#pack-text');
  const bomb = 'pack: b\ntitle: B\nauthor: T\nversion: 1\nlanguage: en\n\n' + 'drill:\nscenario:\n'.repeat(46000);
  // Set as one paste: Playwright's fill of 600 KB takes longer than a person's paste.
  await page.evaluate((text) => {
    const box = document.querySelector('#pack-text');
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, bomb);
  await page.click('text=Check and import');
  await page.waitForSelector('.pack-report--problems');
  const report = await page.textContent('.pack-report--problems');
  assert.match(report, /this pack has 92006 lines; a pack can have at most 20000/);
  assert.match(report, /46000 scenarios; a pack can have at most 40/);
  assert.equal(await page.evaluate(() => localStorage.getItem('rapport.packs')), null, 'nothing was imported');
  // The app still answers: a second, valid action works.
  await page.click('nav a[href="#/practice"]');
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent.length > 0);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a deletion or a clear in one tab is not undone by another tab saving', async () => {
  const context = await shared.browser.newContext();
  const one = await context.newPage();
  await practise(one, shared.origin, 'pinged-at-ten', 'It sounds exhausting to be online until midnight. Is that right?');
  await practise(one, shared.origin, 'async-silence', 'So the silence after your post left you wondering whether anyone read it?');
  const two = await context.newPage();
  await two.goto(`${shared.origin}/#/progress`);
  await appReady(two);
  await two.waitForFunction(() => document.querySelectorAll('.history__item').length === 2);
  await one.goto(`${shared.origin}/#/progress`);
  await appReady(one);

  // One reply deleted in the first tab; the second tab then practises and saves.
  await one.locator('.history__delete').first().click();
  await one.waitForFunction(() => document.querySelectorAll('.history__item').length === 1);
  await two.waitForFunction(() => document.querySelectorAll('.history__item').length === 1);
  await practise(two, shared.origin, 'pinged-at-ten', 'You feel you can never switch off. Have I got that?');
  const stored = () => one.evaluate(() => JSON.parse(localStorage.getItem('rapport.progress')).data.attempts.length);
  await one.waitForFunction(() => JSON.parse(localStorage.getItem('rapport.progress')).data.attempts.length === 2);
  await one.reload();
  await appReady(one);
  assert.equal(await one.locator('.history__item').count(), 2, 'the deleted reply stays deleted');

  // Everything cleared in the first tab; the second tab's next save does not bring it back.
  await one.click('text=Clear all progress');
  await one.click('text=Clear without exporting');
  await one.waitForSelector('.empty-state');
  await two.goto(`${shared.origin}/#/progress`);
  await appReady(two);
  await two.waitForSelector('.empty-state');
  await practise(two, shared.origin, 'async-silence', 'It sounds like the quiet felt like a verdict. Is that right?');
  await one.waitForFunction(() => JSON.parse(localStorage.getItem('rapport.progress')).data.attempts.length === 1);
  assert.equal(await stored(), 1);
  await one.reload();
  await appReady(one);
  assert.equal(await one.locator('.history__item').count(), 1, 'only what was practised after the clear');
  await context.close();
});

test('a projector tab and a planning tab, and two tabs importing packs, never write over each other', async () => {
  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const planner = await context.newPage();
  await planner.goto(`${shared.origin}/workshop.html#/workshop`);
  await appReady(planner);
  const projector = await context.newPage();
  await projector.goto(`${shared.origin}/workshop.html#/workshop/run`);
  await appReady(projector);
  await projector.waitForSelector('.projector');

  await planner.fill('#plan-name', 'Edited while the projector runs');
  await planner.press('#plan-name', 'Tab');
  await planner.waitForFunction(() => JSON.parse(localStorage.getItem('rapport.workshop')).data.plan.title === 'Edited while the projector runs');
  await projector.bringToFront();
  await projector.keyboard.press('n');
  await projector.waitForFunction(() => JSON.parse(localStorage.getItem('rapport.workshop')).data.step === 1);
  const workshop = await projector.evaluate(() => JSON.parse(localStorage.getItem('rapport.workshop')).data);
  assert.equal(workshop.plan.title, 'Edited while the projector runs', 'the projector built on the edited plan');
  assert.equal(await planner.inputValue('#plan-name'), 'Edited while the projector runs');

  const north = examplePack();
  const south = north.replaceAll('team-north', 'team-south').replace('title: Team North', 'title: Team South');
  for (const [page, name, text, id] of [[planner, 'north.txt', north, 'team-north'], [projector, 'south.txt', south, 'team-south']]) {
    await page.goto(`${shared.origin}/workshop.html#/packs`);
    await appReady(page);
    await page.setInputFiles('#pack-file', { name, mimeType: 'text/plain', buffer: Buffer.from(text) });
    await page.waitForFunction((want) => (JSON.parse(localStorage.getItem('rapport.packs'))?.data.list ?? []).some((p) => p.header.id === want), id);
  }
  await planner.waitForFunction(() => JSON.parse(localStorage.getItem('rapport.packs')).data.list.length === 2);
  const ids = await planner.evaluate(() => JSON.parse(localStorage.getItem('rapport.packs')).data.list.map((p) => p.header.id));
  assert.deepEqual(ids.sort(), ['team-north', 'team-south']);
  await planner.waitForFunction(() => document.querySelectorAll('.pack').length === 2);
  await context.close();
});
