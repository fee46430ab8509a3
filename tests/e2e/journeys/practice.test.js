// Practice as a learner goes on with it: being told when a rated drill comes back, checking
// the same reply twice without it counting twice, practising more once the day's new drills
// are done, and keyboard focus landing on the result of each action (the reply field, the
// clear confirmation, the import's result beside the import control) instead of <body>.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedSetup, watchedPage, appReady, noViolations, practise } from '../lib/browser.js';

const shared = sharedSetup();

const GOOD = 'It sounds exhausting to be on call all the time. Is that right?';
const POOR = 'You should just switch your laptop off.';

const focused = (page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
const storedAttempts = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('rapport.progress') ?? '{"data":{"attempts":[]}}').data.attempts);

/// Checks `reply` on the drill on screen and rates it, waiting until the session moves on.
async function answer(page, reply, rating) {
  await page.waitForSelector('#reply');
  const url = page.url();
  const position = await page.textContent('.breadcrumb');
  await page.fill('#reply', reply);
  await page.click('button[type=submit]');
  await page.waitForSelector('.feedback');
  await page.click(`.rating__button--${rating}`);
  await page.waitForFunction(([u, p]) => location.href !== u || document.querySelector('.breadcrumb')?.textContent !== p || location.hash === '#/practice', [url, position]);
}

test('after rating, the page says when the drill comes back, worded as everywhere else', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  await page.goto(`${shared.origin}/#/practice`);
  await appReady(page);
  await page.click('text=Start today\'s practice');
  await page.waitForSelector('#reply');
  const first = await page.textContent('main h1');

  await answer(page, POOR, 'again');
  await page.waitForSelector('#rated-note');
  assert.match(await page.textContent('.breadcrumb'), /Drill 2 of 6/);
  assert.equal(await page.textContent('#rated-note'), `\u201c${first}\u201d comes back later in this session, as drill 6 of 6.`);
  assert.equal(await focused(page), 'rated-note', 'focus lands on the note, not <body>');
  await noViolations(page, 'drill with a rated note');

  const second = await page.textContent('main h1');
  await answer(page, GOOD, 'good');
  await page.waitForFunction((t) => document.querySelector('#rated-note')?.textContent.includes(t), second);
  assert.equal(await page.textContent('#rated-note'), `Next review of \u201c${second}\u201d: tomorrow.`);
  assert.equal(await focused(page), 'rated-note');
  // Checking the next reply puts the note away.
  await page.fill('#reply', GOOD);
  await page.click('button[type=submit]');
  await page.waitForSelector('.feedback');
  assert.equal(await page.locator('#rated-note').count(), 0);

  // The library and the progress page word the same due time the same way.
  await page.goto(`${shared.origin}/#/practice`);
  await appReady(page);
  const card = page.locator('.drill-card', { hasText: second });
  assert.equal(await card.locator('.status').textContent(), 'Next review tomorrow');
  await page.goto(`${shared.origin}/#/progress`);
  await appReady(page);
  const due = page.locator('.due li', { hasText: second });
  assert.equal(await due.locator('span').textContent(), 'tomorrow');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('checking an unchanged reply again records one attempt, and focus returns to the reply', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  await page.goto(`${shared.origin}/#/drills/pinged-at-ten`);
  await appReady(page);
  await page.waitForSelector('#reply');
  await page.fill('#reply', GOOD);
  await page.click('button[type=submit]');
  await page.waitForSelector('.feedback');
  await page.click('text=Edit and check again');
  await page.waitForSelector('#reply');
  assert.equal(await focused(page), 'reply', 'focus goes back to the reply field');
  assert.equal(await page.inputValue('#reply'), GOOD);
  await page.keyboard.press('Control+Enter');
  await page.waitForSelector('.feedback');
  assert.equal((await storedAttempts(page)).length, 1, 'the unchanged reply is the same attempt');

  await page.click('.rating__button--good');
  await page.waitForFunction(() => location.hash === '#/practice');
  await page.waitForSelector('.session-done');
  assert.equal(await page.locator('.session-done .attempt-list li').count(), 1, 'the summary lists the drill once');
  assert.match(await page.textContent('.session-done'), /You checked 1 reply\./);
  assert.match(await page.textContent('.session-done .rated-note'), /: tomorrow\.$/);
  assert.equal(await focused(page), 'done-title', 'focus lands on the summary');
  const stored = await storedAttempts(page);
  assert.equal(stored.length, 1);
  assert.equal(stored[0][5], 3, 'and that one attempt is rated good');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('once the day\'s new drills are done, the learner can practise more new ones or review the weakest', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  await page.goto(`${shared.origin}/#/practice`);
  await appReady(page);
  await page.click('text=Start today\'s practice');
  const done = [];
  for (let i = 0; i < 5; i += 1) {
    await page.waitForSelector('#reply');
    done.push(await page.textContent('main h1'));
    await answer(page, i === 2 ? POOR : GOOD, 'good');
  }
  await page.waitForSelector('.session-done');
  await page.click('text=Close the summary');
  assert.match(await page.textContent('.today__counts'), /0 reviews due\s*0 new drills/);
  const today = await page.textContent('.today');
  assert.doesNotMatch(today, /Nothing matches your filters/);
  assert.match(today, /You have done today's 5 new drills/);
  await noViolations(page, 'practice page with more to practise');

  await page.click('text=Practise 5 more new drills');
  await page.waitForSelector('#reply');
  assert.match(await page.textContent('.breadcrumb'), /Drill 1 of 5/);
  assert.ok(!done.includes(await page.textContent('main h1')), 'a drill not practised yet');
  await page.click('nav.breadcrumb a');
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Practice');
  await page.click('text=Leave the session');

  await page.click('text=Review your 5 weakest drills');
  await page.waitForSelector('#reply');
  assert.match(await page.textContent('.breadcrumb'), /Drill 1 of 5/);
  assert.equal(await page.textContent('main h1'), done[2], 'the lowest score comes first');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('clearing and importing move focus to their result, shown beside the controls', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin, { acceptDownloads: true });
  await practise(page, shared.origin, 'pinged-at-ten', GOOD);
  await page.goto(`${shared.origin}/#/progress`);
  await appReady(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Export progress')]);
  const file = await download.path();

  await page.click('#clear-all');
  await page.waitForSelector('.confirm-clear');
  assert.equal(await focused(page), 'confirm-clear', 'focus goes to the confirmation');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Export, then clear');
  await page.click('.confirm-clear >> text=Cancel');
  assert.equal(await focused(page), 'clear-all', 'cancelling returns to the clear button');

  await page.click('#clear-all');
  await page.click('text=Clear without exporting');
  await page.waitForSelector('#data-result');
  assert.equal(await focused(page), 'data-result');
  assert.match(await page.textContent('#data-result'), /^Cleared/);

  // A refused file: focus on the error, then back to the file field.
  await page.setInputFiles('#import-file', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
  await page.waitForSelector('.import-error');
  assert.equal(await focused(page), 'import-error');
  await page.click('.import-error button');
  assert.equal(await focused(page), 'import-file');

  await page.setInputFiles('#import-file', file);
  await page.waitForSelector('.import-preview');
  assert.equal(await focused(page), 'preview-title', 'focus goes to the preview');
  await page.click('.import-preview .button--primary');
  await page.waitForSelector('#data-result');
  assert.equal(await focused(page), 'data-result');
  assert.match(await page.textContent('#data-result'), /^Imported 1 new reply/);
  // Said beside the import control, not at the top of the page.
  assert.equal(await page.locator('#your-data #data-result').count(), 1);
  assert.equal(await page.locator('.notices .notice').count(), 0);
  const inView = await page.evaluate(() => {
    const box = document.querySelector('#data-result').getBoundingClientRect();
    // Focus scrolls it just into view; allow for sub-pixel rounding.
    return box.top >= 0 && box.bottom <= window.innerHeight + 1;
  });
  assert.ok(inView, 'the result is on screen');
  await noViolations(page, 'progress page after an import');
  assert.deepEqual(page.problems, []);
  await context.close();
});
