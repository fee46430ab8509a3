// What every page shares, as a learner on a phone and a facilitator at a desk meet it: the
// header marks the section a page belongs to, folds into a menu on a phone (keyboard
// first), tables keep each value labelled when their columns stack, and counts read in
// the number they name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedSetup, watchedPage, appReady, noViolations, practise } from '../lib/browser.js';

const shared = sharedSetup();

// Yew renders after the event that changed its state, so wait for the attribute.
const expanded = (page, value) => page.waitForFunction((v) => document.querySelector('button.nav-toggle').getAttribute('aria-expanded') === v, value);

const current = (page) => page.evaluate(() =>
  [...document.querySelectorAll('nav a[aria-current]')].map((a) => [a.textContent, a.getAttribute('aria-current')]));

test('the header marks the section of a drill, a role-play, the projector and the print deck', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  const cases = [
    ['#/practice', [['Practice', 'page']]],
    ['#/drills/pinged-at-ten', [['Practice', 'true']]],
    ['#/roleplays/the-handover', [['Role-plays', 'true']]],
    ['#/roleplays/the-handover/swap', [['Role-plays', 'true']]],
    ['workshop.html#/workshop/run', [['Workshop', 'true']]],
    ['workshop.html#/workshop/print', [['Workshop', 'true']]],
    ['#/card/the-handover/observer', [['Workshop', 'true']]],
    ['#/nowhere', []],
  ];
  for (const [hash, marked] of cases) {
    await page.goto(`${shared.origin}/${hash}`);
    await appReady(page);
    assert.deepEqual(await current(page), marked, hash);
  }
  // The wide layout is as it was: no menu button, every link on show.
  assert.equal(await page.isVisible('.nav-toggle'), false);
  assert.equal(await page.locator('nav a.nav-link:visible').count(), 7);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('on a phone the navigation is a menu: opened and closed by keyboard, closed by Escape and by following a link', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin, { viewport: { width: 360, height: 800 } });
  await page.goto(`${shared.origin}/#/drills/pinged-at-ten`);
  await appReady(page);
  const header = await page.evaluate(() => document.querySelector('.site-header').getBoundingClientRect().height);
  // Brand and menu on one row, the larger-text switch on a second: the seven links took
  // two more rows (208 px in all).
  assert.ok(header < 130, `the header takes ${header} px of 800`);
  const toggle = page.locator('button.nav-toggle');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  const controls = await toggle.getAttribute('aria-controls');
  assert.equal(await page.evaluate((id) => document.getElementById(id)?.tagName, controls), 'NAV');
  assert.equal(await page.isVisible('nav a[href="#/progress"]'), false, 'the links are folded away');

  // Keyboard: Enter opens, Tab reaches the first link, Escape closes and returns to the button.
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expanded(page, 'true');
  assert.equal(await page.isVisible('nav a[href="#/progress"]'), true);
  assert.deepEqual(await current(page), [['Practice', 'true']], 'the section is marked in the menu too');
  await noViolations(page, 'open menu on a phone');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Home');
  await page.keyboard.press('Escape');
  await expanded(page, 'false');
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('nav-toggle')), true, 'focus is back on the button');
  assert.equal(await page.isVisible('nav a[href="#/progress"]'), false);

  // Space opens it too; following a link closes it, and the new page has focus.
  await page.keyboard.press('Space');
  await expanded(page, 'true');
  await page.focus('nav a[href="#/progress"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Progress');
  await expanded(page, 'false');
  assert.equal(await page.isVisible('nav a[href="#/progress"]'), false);
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
  // Changing page any other way (here Back) closes it too.
  await page.click('button.nav-toggle');
  await expanded(page, 'true');
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Never off');
  await expanded(page, 'false');
  await noViolations(page, 'closed menu on a phone');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('on a phone the themes table keeps each value labelled, and one reply is counted as one', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin, { viewport: { width: 360, height: 800 } });
  await practise(page, shared.origin, 'async-silence', 'You should post it again next week.');
  await page.goto(`${shared.origin}/#/progress`);
  await appReady(page);
  const labels = await page.evaluate(() =>
    [...document.querySelectorAll('section[aria-labelledby=themes-title] tbody tr:first-child td')]
      .map((td) => getComputedStyle(td, '::before').content));
  assert.deepEqual(labels, ['"Theme: "', '"Replies: "', '"Recent average: "']);
  assert.match(await page.textContent('.history__count'), /^1 of 1 reply$/);
  const text = await page.textContent('main');
  assert.doesNotMatch(text, /\b1 (replies|roadblocks|notes|activities|minutes)\b/);
  assert.equal(await page.getAttribute('section[aria-labelledby=scores-title] svg', 'aria-label'), 'Score of your one reply so far');
  assert.match(text, /0 of 1 reply that named what the colleague seemed to feel/);
  assert.match(text, /1 roadblock in 1 reply/, 'the week with the reply, in the chart\'s table');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a plan of one activity says "1 activity"', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  await page.goto(`${shared.origin}/workshop.html#/workshop`);
  await appReady(page);
  for (let left = 4; left > 1; left--) {
    await page.click('#step-0-remove');
    await page.waitForFunction((n) => document.querySelectorAll('.plan__step').length === n, left - 1);
  }
  assert.match(await page.textContent('.plan__total'), /^1 activity, \d+ minutes in total$/);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a role-play reply that scores near 0 is not called "nearly" landed', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  await page.goto(`${shared.origin}/#/roleplays/the-handover`);
  await appReady(page);
  await page.click('.choice:has-text("Why didn\'t you get the steps")');
  await page.waitForSelector('#respond');
  await page.fill('#respond', 'You should have checked yourself, that is lazy.');
  await page.click('text=Say it');
  await page.waitForFunction(() => document.querySelectorAll('.turn-feedback').length === 2);
  const coach = await page.textContent('.turn-feedback >> nth=1 >> .turn-feedback__coach');
  assert.match(coach, /^Coach score [0-9] \/ 100: Not a reflection yet\.$/);
  assert.match(await page.textContent('.turn-feedback >> nth=1 >> .turn-feedback__pass'), /^It did not land/);
  assert.doesNotMatch(await page.textContent('.turn-feedback >> nth=1'), /quite/);
  assert.deepEqual(page.problems, []);
  await context.close();
});
