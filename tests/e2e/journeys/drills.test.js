// A new learner's first practice session, as they would live it: start today's practice,
// answer with advice and see it marked, answer with a reflection and see it recognised,
// rate, reload, and find the attempts and the queue where they left them. Every state of
// the drill screen passes an axe scan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedSetup, watchedPage, appReady, noViolations } from '../lib/browser.js';

const shared = sharedSetup();

test('a first session: poor reply, good reply, ratings, reload', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  await page.goto(`${shared.origin}/`);
  await appReady(page);
  await page.click('text=Start practising');
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Practice');
  assert.match(await page.textContent('.today__counts'), /0 reviews due\s*5 new drills/);
  await noViolations(page, 'practice page');

  await page.click('text=Start today\'s practice');
  await page.waitForSelector('#reply');
  assert.match(await page.textContent('.breadcrumb'), /Drill 1 of 5/);
  const firstUrl = page.url();
  await noViolations(page, 'drill before checking');

  // A poor reply: advice. The coach marks the words that gave advice.
  await page.fill('#reply', 'You should just turn your notifications off after work.');
  await page.click('button[type=submit]');
  await page.waitForSelector('.feedback');
  const blocked = await page.$$eval('.reply mark.mark--blocked', (marks) => marks.map((m) => m.textContent));
  assert.ok(blocked.some((m) => m.startsWith('You should')), JSON.stringify(blocked));
  assert.match(await page.textContent('.hints--blocked'), /jumps to a solution/);
  assert.match(await page.textContent('[role=status]'), /^Feedback ready\. Score \d+ out of 100/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'feedback-heading', 'focus moves to the feedback');
  assert.equal(await page.locator('.models__list li').count() >= 2, true, 'model answers appear after checking');
  await noViolations(page, 'drill after a poor reply');
  await page.click('.rating__button--again');

  // The session moves on; a good reflection is recognised.
  await page.waitForFunction((url) => location.href !== url, firstUrl);
  await page.waitForSelector('#reply');
  assert.match(await page.textContent('.breadcrumb'), /Drill 2 of 6/, 'the "again" drill returns at the end');
  await page.fill('#reply', "It sounds like this has been really frustrating and exhausting for you. Is that right?");
  await page.keyboard.press('Control+Enter');
  await page.waitForSelector('.feedback');
  const well = await page.textContent('.hints--well');
  assert.match(well, /You named feelings \(“frustrating”, “exhausting”\)/);
  for (const word of ['frustrating', 'exhausting']) {
    assert.equal(await page.locator('.reply mark.mark--well', { hasText: word }).count(), 1, `${word} is marked`);
  }
  assert.match(well, /Checking/);
  assert.equal(await page.locator('.hints--blocked').count(), 0);
  const score = Number(await page.textContent('.score__number'));
  assert.ok(score >= 60, `a good reflection scores well (${score})`);
  await noViolations(page, 'drill after a good reply');
  const secondUrl = page.url();
  await page.click('.rating__button--good');
  await page.waitForFunction((url) => location.href !== url, secondUrl);
  await page.waitForSelector('#reply');
  await page.fill('#reply', 'Half-written thought');

  // Reload: the session, the draft and the history are all still there.
  await page.reload();
  await appReady(page);
  await page.waitForSelector('#reply');
  assert.match(await page.textContent('.breadcrumb'), /Drill 3 of 6/);
  assert.equal(await page.inputValue('#reply'), 'Half-written thought');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('rapport.progress')).data);
  assert.equal(stored.attempts.length, 2);
  assert.deepEqual(stored.attempts.map((row) => row[5]), [1, 3], 'rated again, then good');
  assert.equal(Object.keys(stored.cards).length, 2);

  await page.click('nav a[href="#/practice"]');
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Practice');
  assert.match(await page.textContent('.session-banner'), /Drill 3 of 6/);
  assert.equal(await page.locator('section[aria-labelledby=recent-title] li').count(), 2);
  assert.match(await page.textContent('.today__counts'), /3 new drills/, 'two of five introduced today');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('filters narrow the library and today\'s queue', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  await page.goto(`${shared.origin}/#/practice`);
  await appReady(page);
  await page.selectOption('#filter-kind', 'summarise');
  await page.waitForFunction(() => /Drills \(20 of 80\)/.test(document.querySelector('#library-title').textContent));
  await page.selectOption('#filter-theme', 'cultural-differences');
  const titles = await page.$$eval('.drill-card__meta', (metas) => metas.map((m) => m.textContent));
  assert.ok(titles.length > 0 && titles.every((t) => t.startsWith('Summarise the thread')), JSON.stringify(titles));
  await noViolations(page, 'filtered practice page');
  // The page opens as it was left.
  const shown = await page.textContent('#library-title');
  await page.reload();
  await appReady(page);
  assert.equal(await page.inputValue('#filter-kind'), 'summarise');
  assert.equal(await page.inputValue('#filter-theme'), 'cultural-differences');
  assert.equal(await page.textContent('#library-title'), shown);
  assert.deepEqual(page.problems, []);
  await context.close();
});
