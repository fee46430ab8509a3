// A facilitator writes a pack in the studio, by keyboard alone: open it from Packs, start
// from the example, break it three ways and see all three problems at once without
// importing, choose one and land on its line, reload midway and find the draft, fix them,
// look at the map, play the role-play to an ending with its free-text turn scored, import,
// and find the pack's drill in Practice. The page passes axe in light and dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedSetup, watchedPage, appReady, settled, noViolations, tabTo } from '../lib/browser.js';
import { examplePack } from '../lib/packs.js';
import { cursorLine, replaceText, playExampleToAnEnding } from '../lib/studio.js';

const shared = sharedSetup();

const summary = (page) => page.textContent('.studio__summary');
const problems = (page) => page.locator('.studio__problem').allTextContents();
const lineOf = (text, needle) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

test('write a pack in the studio: three problems at once, a reload, an import, its drill in Practice', async () => {
  const { page } = await watchedPage(shared.browser, shared.origin);
  await page.goto(`${shared.origin}/workshop.html#/packs`);
  await appReady(page);
  await tabTo(page, 'a[href="#/packs/edit"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Pack studio');
  assert.equal(await page.inputValue('#studio-text'), '', 'an empty studio to begin with');
  assert.ok(await page.isDisabled('text=Import this pack'), 'nothing to import yet');
  assert.equal(await page.getAttribute('a[href="#/packs/format"]', 'href'), '#/packs/format');
  await noViolations(page, 'studio, empty');

  await tabTo(page, 'button:has-text("Start from the example")');
  await page.keyboard.press('Enter');
  await page.waitForSelector('text=No problems: this pack can be imported.');
  const example = examplePack();
  assert.equal(await page.inputValue('#studio-text'), example);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'studio-text', 'the cursor is in the text');
  const numbers = (await page.textContent('.studio__lines')).trim().split('\n');
  assert.equal(numbers.length, example.split('\n').length, 'one number per line');
  assert.ok(await page.isEnabled('text=Import this pack'));

  // Three breaks, each of which used to hide the next until it was fixed.
  const broken = example
    .replace('beat: cost\n', 'This line lost its key\n\nbeat: cost\n')
    .replace('    next: fix\n', '    next: fixx\n')
    .replace('  choice: The branch status was in the tracker, though.\n    feedback: Pointing elsewhere makes her carry the cost and the blame.\n    trust: -2\n    next: cost\n', '');
  await replaceText(page, broken);
  // Typing is never held up: the check waits for a pause.
  assert.match(await summary(page), /Checking when you pause typing/);
  await page.waitForSelector('text=3 problems: fix them here, then import.');
  const listed = await problems(page);
  assert.equal(listed.length, 3, listed.join('\n'));
  assert.match(listed[0], new RegExp(`^Line ${lineOf(broken, 'scenario:')}, column 1: scenario team-north-missed-handoff has 2 decision points; it needs at least 3`));
  assert.match(listed[1], new RegExp(`^Line ${lineOf(broken, 'This line lost its key')}, column 1: expected key: value`));
  assert.match(listed[2], new RegExp(`^Line ${lineOf(broken, 'next: fixx')}, column 1: next: names a beat that does not exist: fixx`));
  assert.match(await page.textContent('.studio__list'), /Fix: did you mean fix\?/);
  assert.ok(await page.isDisabled('text=Import this pack'), 'no import with problems');
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('rapport.packs'))), null, 'nothing was imported');
  await noViolations(page, 'studio, three problems');

  // Back to the list by keyboard, choose the typo, land on its line.
  await page.focus('#studio-text');
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'studio-problems-title');
  await tabTo(page, '#studio-problem-2');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'studio-text');
  assert.equal(await cursorLine(page), lineOf(broken, 'next: fixx'));
  const aligned = await page.evaluate(() => [
    document.getElementById('studio-text').scrollTop,
    document.querySelector('.studio__lines').scrollTop,
  ]);
  assert.equal(aligned[1], aligned[0], 'the numbers scrolled with the text');
  // Escape goes back to the problem chosen.
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'studio-problem-2');

  // Fix the typo by typing at the cursor, then reload midway: the draft is there.
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.waitForSelector('text=2 problems: fix them here, then import.');
  await page.reload();
  await appReady(page);
  const kept = broken.replace('next: fixx', 'next: fix');
  await page.waitForFunction((t) => document.getElementById('studio-text')?.value === t, kept);
  await page.waitForSelector('text=2 problems: fix them here, then import.');

  // Fix the other two, look at the map, play the role-play to an ending, and import.
  await replaceText(page, example);
  await page.waitForSelector('text=No problems: this pack can be imported.');
  assert.match(await page.getAttribute('.studio-map__svg', 'aria-label'), /^Map of “The missed hand-off”: 5 beats, 7 ways on, 2 endings\./);
  await playExampleToAnEnding(page);
  await tabTo(page, 'button:has-text("Import this pack")');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.pack-report--ok');
  assert.match(await page.textContent('.pack-report'), /Imported “Team North: listening across time zones” \(version 1\): 1 drill and 1 role-play/);
  await noViolations(page, 'studio, imported');
  await tabTo(page, '.pack-report a[href="#/practice"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Practice');
  assert.equal(await page.locator('.drill-card:has-text("The quiet demo") .tag--pack').count(), 1, 'the pack drill is in Practice');

  // Edit beside the imported pack opens its text.
  await page.goto(`${shared.origin}/workshop.html#/packs`);
  await appReady(page);
  await tabTo(page, '.pack a:has-text("Edit")');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#/packs/edit');
  await page.waitForSelector('text=No problems: this pack can be imported.');
  assert.equal(await page.inputValue('#studio-text'), example);

  // With other text in the draft, Edit asks before it replaces it.
  const mine = example.replace('version: 1', 'version: 2');
  await replaceText(page, mine);
  await page.waitForSelector('text=No problems: this pack can be imported.');
  await page.goto(`${shared.origin}/workshop.html#/packs`);
  await appReady(page);
  await tabTo(page, '.pack a:has-text("Edit")');
  await page.keyboard.press('Enter');
  await page.waitForSelector('text=Your draft holds other text. Replace it with “Team North: listening across time zones”?');
  assert.equal(await page.inputValue('#studio-text'), mine, 'nothing replaced before the answer');
  await noViolations(page, 'studio, asking');
  await tabTo(page, 'button:has-text("Keep my draft")');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#/packs/edit');
  assert.equal(await page.inputValue('#studio-text'), mine, 'the draft is kept');
  await page.goto(`${shared.origin}/workshop.html#/packs`);
  await appReady(page);
  await tabTo(page, '.pack a:has-text("Edit")');
  await page.keyboard.press('Enter');
  await tabTo(page, 'button:has-text("Replace my draft")');
  await page.keyboard.press('Enter');
  await page.waitForFunction((t) => document.getElementById('studio-text')?.value === t, example);
  assert.equal(await page.evaluate(() => location.hash), '#/packs/edit');
  assert.deepEqual(page.problems, []);
});

test('the studio passes axe in light and dark, with problems listed', async () => {
  for (const scheme of ['light', 'dark']) {
    const { context, page } = await watchedPage(shared.browser, shared.origin, { colorScheme: scheme });
    await page.goto(`${shared.origin}/workshop.html#/packs/edit`);
    await appReady(page);
    await page.click('text=Start from the example');
    await page.waitForSelector('text=No problems: this pack can be imported.');
    await replaceText(page, examplePack().replace('difficulty: 1', 'difficulty: 4'));
    await page.waitForSelector('.studio__problem');
    await settled(page);
    await noViolations(page, `studio, ${scheme}`);
    assert.deepEqual(page.problems, []);
    await context.close();
  }
});

test('while a check runs the live region is busy, and the last list stays, described as from before, until the new one is ready', async () => {
  const { page } = await watchedPage(shared.browser, shared.origin);
  await page.goto(`${shared.origin}/workshop.html#/packs/edit`);
  await appReady(page);
  const broken = examplePack().replace('    next: fix\n', '    next: fixx\n').replace('difficulty: 1', 'difficulty: 4');
  await replaceText(page, broken);
  await page.waitForSelector('text=2 problems: fix them here, then import.');
  // Every state the problems go through from here on, as each render leaves them: not
  // sampled, so a state that lasts a single turn is seen too.
  await page.evaluate(() => {
    const section = document.querySelector('.studio__problems');
    const live = section.querySelector('.studio__live');
    window.seen = [];
    const record = () => window.seen.push({
      summary: live.textContent,
      busy: live.getAttribute('aria-busy'),
      noteInLive: live.querySelector('.studio__before') !== null,
      before: section.querySelector('.studio__before')?.textContent ?? null,
      listed: [...section.querySelectorAll('.studio__problem')].map((b) => b.textContent),
      described: [...section.querySelectorAll('.studio__problem, .studio__list')].map((e) => e.getAttribute('aria-describedby')),
      importDisabled: section.querySelector('button.button--primary').disabled,
    });
    new MutationObserver(record).observe(section, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const old = await problems(page);
  // Mend the difficulty by typing over it.
  await page.focus('#studio-text');
  const at = broken.indexOf('difficulty: 4') + 'difficulty: '.length;
  await page.evaluate((at) => document.getElementById('studio-text').setSelectionRange(at, at + 1), at);
  await page.keyboard.type('2');
  await page.waitForSelector('text=1 problem: fix them here, then import.');
  const seen = await page.evaluate(() => window.seen);
  const last = seen.pop();
  assert.deepEqual(last.listed, old.slice(1), 'the new list, without the mended problem');
  assert.equal(last.before, null, 'the new list is not said to be from before');
  assert.equal(last.busy, 'false');
  assert.ok(last.described.every((d) => d === null), JSON.stringify(last));
  assert.ok(seen.length > 0, 'the change was seen before the new list');
  // Until the new list came, the old one was there, each problem described as from before
  // the change by a note outside the live region, which was busy and named no count;
  // Import stayed off.
  for (const state of seen) {
    assert.equal(state.busy, 'true', JSON.stringify(state));
    assert.match(state.summary, /^Checking[^0-9]*$/, JSON.stringify(state));
    assert.equal(state.before, 'Listed from before your last change:', JSON.stringify(state));
    assert.equal(state.noteInLive, false, JSON.stringify(state));
    assert.deepEqual(state.listed, old, JSON.stringify(state));
    assert.deepEqual(state.described, Array(old.length + 1).fill('studio-before'), JSON.stringify(state));
    assert.equal(state.importDisabled, true, JSON.stringify(state));
  }
  assert.deepEqual(page.problems, []);
});

test('a new list that no longer holds the problem with focus, or the one chosen, moves them to what is left', async () => {
  const { page } = await watchedPage(shared.browser, shared.origin);
  await page.goto(`${shared.origin}/workshop.html#/packs/edit`);
  await appReady(page);
  const example = examplePack();
  const broken = example.replace('    next: fix\n', '    next: fixx\n').replace('difficulty: 1', 'difficulty: 4');
  // The text changed the way another tab or a pack would change it, leaving focus alone.
  const change = (text) => page.evaluate((t) => {
    const area = document.getElementById('studio-text');
    area.value = t;
    area.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, text);
  const focused = () => page.evaluate(() => document.activeElement.id);
  await replaceText(page, broken);
  await page.waitForSelector('text=2 problems: fix them here, then import.');

  // The second problem chosen, then gone: Escape goes back to the one left.
  await page.click('#studio-problem-1');
  assert.equal(await focused(), 'studio-text');
  await change(broken.replace('difficulty: 4', 'difficulty: 2'));
  await page.waitForSelector('text=1 problem: fix them here, then import.');
  await page.keyboard.press('Escape');
  assert.equal(await focused(), 'studio-problem-0', 'the choice is kept within the shorter list');

  // Focus on a problem when a list without it comes, the second or the first (whose
  // element goes, the list's elements being reused from its end): the one left takes it.
  await change(broken);
  await page.waitForSelector('text=2 problems: fix them here, then import.');
  await page.focus('#studio-problem-1');
  await change(broken.replace('difficulty: 4', 'difficulty: 2'));
  await page.waitForSelector('text=1 problem: fix them here, then import.');
  assert.equal(await focused(), 'studio-problem-0');
  await change(broken);
  await page.waitForSelector('text=2 problems: fix them here, then import.');
  await page.focus('#studio-problem-0');
  await change(broken.replace('difficulty: 4', 'difficulty: 2'));
  await page.waitForSelector('text=1 problem: fix them here, then import.');
  assert.equal(await focused(), 'studio-problem-0');
  // And the heading once there are none.
  await change(example);
  await page.waitForSelector('text=No problems: this pack can be imported.');
  assert.equal(await focused(), 'studio-problems-title');
  assert.deepEqual(page.problems, []);
});

test('text written in this tab that another tab\'s newer draft replaces is set aside, then put back or let go, by keyboard', async () => {
  const { context, page: one } = await watchedPage(shared.browser, shared.origin);
  const two = await context.newPage();
  const text = (page) => page.inputValue('#studio-text');
  for (const page of [one, two]) {
    await page.goto(`${shared.origin}/workshop.html#/packs/edit`);
    await appReady(page);
  }
  await replaceText(one, 'pack: from-tab-one\n');
  await two.waitForFunction(() => document.getElementById('studio-text').value === 'pack: from-tab-one\n');
  // Two's newer text replaces one's in one; one's is kept, and the author told where.
  await replaceText(two, 'pack: from-tab-two\n');
  await one.waitForSelector('#studio-set-aside-title');
  assert.equal(await text(one), 'pack: from-tab-two\n');
  assert.match(await one.textContent('.notices'), /kept under “Set aside”/);
  assert.match(await one.textContent('.studio__set-aside'), /“pack: from-tab-one”, 1 line, written just now/);
  await settled(one);
  await noViolations(one, 'studio, a text set aside');
  // Put back: in the editor, with focus there, and the text it replaced set aside in turn.
  await tabTo(one, 'button:has-text("Put it back")');
  await one.keyboard.press('Enter');
  await one.waitForFunction(() => document.getElementById('studio-text').value === 'pack: from-tab-one\n');
  assert.equal(await one.evaluate(() => document.activeElement.id), 'studio-text');
  assert.match(await one.textContent('.studio__set-aside'), /“pack: from-tab-two”/);
  // The other tab takes the text put back, without setting its own aside again.
  await two.waitForFunction(() => document.getElementById('studio-text').value === 'pack: from-tab-one\n');
  // Let go: the list goes, focus is back in the editor, and the other tab follows.
  await one.focus('#studio-set-aside-title');
  await tabTo(one, 'button:has-text("Let it go")');
  await one.keyboard.press('Enter');
  await one.waitForSelector('#studio-set-aside-title', { state: 'detached' });
  assert.equal(await one.evaluate(() => document.activeElement.id), 'studio-text');
  await two.waitForSelector('#studio-set-aside-title', { state: 'detached' });
  assert.equal(await text(two), 'pack: from-tab-one\n');
  assert.deepEqual(one.problems, []);
  await context.close();
});
