// A facilitator looks at the map of the role-play they are writing in the studio, by
// keyboard: the drawing has a box for every beat and the list beside it names them all,
// a beat added that nothing leads to is marked unreachable in both (in words, not colour
// alone), and choosing a beat puts the cursor on its line. Then they play the example from
// its start to an ending, one free-text turn scored by the coach, restart and go back to
// editing, and try the pack's drill. Axe passes in light and dark, map and player open.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedSetup, watchedPage, appReady, noViolations, tabTo } from '../lib/browser.js';
import { examplePack } from '../lib/packs.js';
import { cursorLine, replaceText, playExampleToAnEnding, EXAMPLE_REPLY } from '../lib/studio.js';

const shared = sharedSetup();

const lineOf = (text, needle) => text.split('\n').findIndex((l) => l === needle) + 1;

const ORPHAN = '\nbeat: aside\n  mood: calm\n  says: By the way.\n  thought: Nobody asks.\n  choice: Go on.\n    feedback: Fine.\n    next: wary\n';

/// Opens the studio on the example.
async function studioWithExample(page) {
  await page.goto(`${shared.origin}/workshop.html#/packs/edit`);
  await appReady(page);
  await page.click('text=Start from the example');
  await page.waitForSelector('text=No problems: this pack can be imported.');
}

test('the map of the example: every beat drawn and listed, an unreachable beat marked, a beat chosen by keyboard', async () => {
  const { page } = await watchedPage(shared.browser, shared.origin);
  await studioWithExample(page);
  const example = examplePack();
  const svg = page.locator('.studio-map__svg');
  assert.equal(await svg.count(), 1, 'one map for the one role-play');
  assert.equal(await svg.getAttribute('role'), 'img');
  assert.match(await svg.getAttribute('aria-label'), /^Map of “The missed hand-off”: 5 beats, 7 ways on, 2 endings\./);
  assert.equal(await page.locator('.studio-map__beat').count(), 5);
  assert.equal(await page.locator('.studio-map__arrow').count(), 4, 'one arrow per pair of beats');
  const listed = await page.locator('.studio-map__goto').allTextContents();
  assert.deepEqual(listed, [
    `start — line ${lineOf(example, 'beat: start')}`,
    `cost — line ${lineOf(example, 'beat: cost')}`,
    `fix — line ${lineOf(example, 'beat: fix')}`,
    `kept — line ${lineOf(example, 'beat: kept')}`,
    `wary — line ${lineOf(example, 'beat: wary')}`,
  ]);
  const list = await page.textContent('.studio-map__list');
  assert.match(list, /“A good free-text reply” → fix/);
  assert.match(list, /→ kept \(when its condition holds\)/);
  assert.equal(await page.locator('.studio-map__beat--ending').count(), 2, 'both endings marked');
  assert.equal(await page.locator('.studio-map__beat--start').count(), 1, 'the start marked');
  assert.equal(await page.locator('.studio-map__beat--problem').count(), 0);

  // An edit adds a beat nothing leads to: once the check has run, the map marks it.
  const edited = example + ORPHAN;
  await replaceText(page, edited);
  await page.waitForSelector('text=1 problem: fix them here, then import.');
  assert.equal(await page.locator('.studio-map__beat').count(), 6);
  const marked = page.locator('.studio-map__beat--problem');
  assert.equal(await marked.count(), 1);
  assert.match(await marked.textContent(), /aside.*⚠ unreachable/);
  assert.match(await page.textContent('.studio-map__item--problem'), /aside — line \d+⚠ unreachable/);
  assert.match(await svg.getAttribute('aria-label'), /6 beats, 8 ways on, 2 endings, 1 unreachable beat\./);

  // Tab to the beat in the drawing, Enter: the cursor is on its line.
  await tabTo(page, '.studio-map__key[aria-label^="fix,"]');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'studio-text');
  assert.equal(await cursorLine(page), lineOf(edited, 'beat: fix'));
  // And from the list.
  await tabTo(page, '.studio-map__goto:has-text("aside")');
  await page.keyboard.press('Enter');
  assert.equal(await cursorLine(page), lineOf(edited, 'beat: aside'));
});

const focusedId = (page) => page.evaluate(() => document.activeElement.id);

test('play the example from its start to an ending by keyboard, the coach scoring its free-text turn, then try its drill', async () => {
  const { page } = await watchedPage(shared.browser, shared.origin);
  await studioWithExample(page);
  await playExampleToAnEnding(page);

  // Restart, then back to editing.
  await tabTo(page, '.studio-play button:has-text("Restart")');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('.studio-play .turn-feedback').length === 0);
  assert.equal(await page.textContent('.studio-play__trust'), 'guarded (0)');
  await tabTo(page, '.studio-play button:has-text("Back to editing")');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('.studio-play').count(), 0);
  assert.equal(await focusedId(page), 'studio-text');

  // Try the drill: its message, a reply, the coach's verdict and hints.
  await tabTo(page, 'button:has-text("Try this drill")');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'studio-drill-title');
  assert.match(await page.textContent('.studio-play__message'), /Nobody said anything/);
  await page.fill('#studio-drill-reply', "Don't worry, you should just present it again next week.");
  await page.click('text=Check my reply');
  await page.waitForSelector('.studio-play .feedback');
  const score = Number(await page.textContent('.studio-play .score__number'));
  assert.ok(score >= 0 && score < 50, `a roadblock reply scores low: ${score}`);
  assert.match(await page.textContent('.studio-play .hints--blocked'), /\S/);
  // A better reply scores higher.
  await page.fill('#studio-drill-reply', 'It sounds like you feel disappointed that two weeks of work on the onboarding flow met complete silence in the demo. Is that right?');
  await page.click('text=Check my reply');
  await page.waitForFunction((before) => Number(document.querySelector('.studio-play .score__number').textContent) > before, score);
});

test('play from a later beat with the trust and flags the author gives', async () => {
  const { page } = await watchedPage(shared.browser, shared.origin);
  await studioWithExample(page);
  await tabTo(page, 'button[aria-label="Play from here, beat fix"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'studio-play-title');
  assert.equal(await page.textContent('.studio-play__trust'), 'guarded (0)');
  // From the scenario's own trust, the concrete promise reaches 2: the good ending.
  await page.click('.studio-play .choice:has-text("I\'ll post the note")');
  await page.waitForSelector('.studio-play__ending');
  assert.match(await page.textContent('.studio-play__ending'), /An agreement she can check/);
  // From trust -1 with a flag set, it falls short.
  await tabTo(page, '.studio-play__from summary');
  await page.keyboard.press('Enter');
  await page.fill('#studio-play-trust', '-1');
  await page.fill('#studio-play-flags', 'owned');
  await page.click('text=Restart with these');
  await page.waitForFunction(() => document.querySelector('.studio-play__trust')?.textContent === 'guarded (-1)');
  assert.equal(await page.textContent('.studio-play__flags'), 'owned');
  assert.equal(await page.locator('.studio-play__ending').count(), 0);
  await page.click('.studio-play .choice:has-text("I\'ll post the note")');
  await page.waitForSelector('.studio-play__ending');
  assert.match(await page.textContent('.studio-play__ending'), /Planning around you/);
});

test('the studio with its map and the player open passes axe in light and dark', async () => {
  for (const scheme of ['light', 'dark']) {
    const { context, page } = await watchedPage(shared.browser, shared.origin, { colorScheme: scheme });
    await studioWithExample(page);
    await replaceText(page, examplePack() + ORPHAN);
    await page.waitForSelector('.studio-map__beat--problem');
    await page.click('button[aria-label="Play from here, beat cost"]');
    await page.fill('#studio-play-reply', EXAMPLE_REPLY);
    await page.click('text=Say it');
    await page.waitForSelector('.studio-play .turn-feedback');
    await noViolations(page, `studio with its map and player, ${scheme}`);
    await context.close();
  }
});
