// A facilitator looks at the map of the role-play they are writing in the studio, by
// keyboard: the drawing has a box for every beat and the list beside it names them all,
// a beat added that nothing leads to is marked unreachable in both (in words, not colour
// alone), and choosing a beat puts the cursor on its line. Axe passes in light and dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedSetup, watchedPage, appReady, noViolations } from '../lib/browser.js';
import { examplePack } from '../lib/packs.js';

const shared = sharedSetup();

/// Presses Tab until the focused element matches `selector` (at most `limit` times).
async function tabTo(page, selector, limit = 80) {
  for (let n = 0; n < limit; n++) {
    if (await page.locator(selector).first().evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${selector}`);
}

const lineOf = (text, needle) => text.split('\n').findIndex((l) => l === needle) + 1;

/// The line the cursor is on in the studio's text.
const cursorLine = (page) => page.evaluate(() => {
  const area = document.getElementById('studio-text');
  return area.value.slice(0, area.selectionStart).split('\n').length;
});

async function replaceText(page, text) {
  await page.focus('#studio-text');
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
}

const ORPHAN = '\nbeat: aside\n  mood: calm\n  says: By the way.\n  thought: Nobody asks.\n  choice: Go on.\n    feedback: Fine.\n    next: wary\n';

/// Opens the studio on the example.
async function studioWithExample(page) {
  await page.goto(`${shared.origin}/#/packs/edit`);
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

test('the studio with its map passes axe in light and dark', async () => {
  for (const scheme of ['light', 'dark']) {
    const { context, page } = await watchedPage(shared.browser, shared.origin, { colorScheme: scheme });
    await studioWithExample(page);
    await replaceText(page, examplePack() + ORPHAN);
    await page.waitForSelector('.studio-map__beat--problem');
    await noViolations(page, `studio with its map, ${scheme}`);
    await context.close();
  }
});
