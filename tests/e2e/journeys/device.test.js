// Faults a device brings on its own, each closed: storage that fills up mid-session, a
// record saved by a newer Rapport, an unreadable record holding a lone surrogate, and local
// dates across a daylight-saving change. For each, what the user is told and that nothing
// stored was lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedSetup, watchedPage, appReady, practise, seedStorage } from '../lib/browser.js';

const shared = sharedSetup();
const FIRST = 'It sounds exhausting to be online until midnight. Is that right?';
const SECOND = 'So the silence after you post leaves you unsure where you stand?';

const progress = (attempts) => JSON.stringify({
  schema: 4,
  data: { drills: ['pinged-at-ten'], attempts, cards: {} },
});

async function historyCount(page) {
  await page.goto(`${shared.origin}/#/progress`);
  await appReady(page);
  return page.locator('.history__item').count();
}

test('storage that fills up mid-session: the user is told, the new reply stays in the tab, and what was saved before is kept', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  // The browser's quota, reached while the tab is open: every write of Rapport's fails as
  // a full localStorage makes it fail, for as long as the flag is set.
  await context.addInitScript(() => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (sessionStorage.getItem('quota-reached') === 'yes' && key.startsWith('rapport.')) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return real.call(this, key, value);
    };
  });
  await practise(page, shared.origin, 'pinged-at-ten', FIRST);
  const before = await page.evaluate(() => localStorage.getItem('rapport.progress'));
  assert.match(before, /online until midnight/);
  await page.evaluate(() => sessionStorage.setItem('quota-reached', 'yes'));
  await practise(page, shared.origin, 'async-silence', SECOND);
  // One notice for each record the quota refused (the history, the session), in words.
  const notices = (await page.locator('.notice').allTextContents()).join('\n');
  assert.match(notices, /storage for Rapport is full, so the latest change to your practice history could not be saved\. Nothing saved earlier was lost\./);
  assert.match(notices, /keeps your changes until you close this tab/);
  assert.equal(await historyCount(page), 2, 'the new reply is still there in this tab');
  assert.equal(await page.evaluate(() => localStorage.getItem('rapport.progress')), before, 'the stored history is as it was');
  // Space freed: the next visit finds everything saved before the quota was reached.
  await page.evaluate(() => sessionStorage.removeItem('quota-reached'));
  await page.reload();
  assert.equal(await historyCount(page), 1);
  assert.match(await page.textContent('.history__reply'), /online until midnight/);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a history saved by a newer Rapport is left untouched, and the user is told to reload', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  const newer = JSON.stringify({ schema: 99, data: { replies: [{ text: 'from a later version' }] } });
  await seedStorage(context, 'rapport.progress', newer);
  await page.goto(`${shared.origin}/#/progress`);
  await appReady(page);
  assert.match(
    await page.textContent('.notice'),
    /A newer version of Rapport saved your practice history, so this version leaves the stored copy untouched\. Reload the page/,
  );
  await practise(page, shared.origin, 'pinged-at-ten', FIRST);
  assert.equal(await historyCount(page), 1, 'practice goes on in this tab');
  assert.equal(await page.evaluate(() => localStorage.getItem('rapport.progress')), newer, 'the newer copy is byte for byte as it was');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('an unreadable history holding a lone surrogate is backed up exactly as it was stored', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  // Built in the page, since a lone surrogate does not survive the trip through the
  // debugging protocol's JSON.
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      const broken = `{"schema":4,"data":{"drills":["pinged-at-ten"],"attempts":[[0,1,"half ${String.fromCharCode(0xd800)} a pair`;
      localStorage.setItem('rapport.progress', broken);
      sessionStorage.setItem('seeded', broken);
    }
  });
  await page.goto(`${shared.origin}/#/progress`);
  await appReady(page);
  assert.match(await page.textContent('.notice'), /could not read your saved practice history.*rapport\.progress\.backup-1/);
  const kept = await page.evaluate(() => {
    const backup = localStorage.getItem('rapport.progress.backup-1');
    return { exact: backup === sessionStorage.getItem('seeded'), lone: backup.includes(String.fromCharCode(0xd800)) };
  });
  assert.deepEqual(kept, { exact: true, lone: true });
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('each reply shows the local date of its own day, in summer time and in winter time', async () => {
  // London: a reply at 23:30 UTC is on the next day in summer (BST, UTC+1) and on the same
  // day in winter (GMT); reading both with one offset puts one of them on the wrong day.
  const { context, page } = await watchedPage(shared.browser, shared.origin, { timezoneId: 'Europe/London' });
  const summer = Date.UTC(2026, 5, 1, 23, 30);
  const winter = Date.UTC(2025, 11, 1, 23, 30);
  await seedStorage(context, 'rapport.progress', progress([
    [0, winter, 'A winter reply, late in the evening.', 60, 0, 0],
    [0, summer, 'A summer reply, just after midnight.', 60, 0, 0],
  ]));
  assert.equal(await historyCount(page), 2);
  const dates = await page.$$eval('.history__item', (items) =>
    items.map((item) => [item.querySelector('.history__reply').textContent, item.querySelector('.history__when').textContent]));
  const when = Object.fromEntries(dates);
  assert.match(when['A summer reply, just after midnight.'], /\(2026-06-02\)/);
  assert.match(when['A winter reply, late in the evening.'], /\(2025-12-01\)/);
  assert.deepEqual(page.problems, []);
  await context.close();
});
