// What the studio's journeys do with its text field and its play-test, as an author would.
import assert from 'node:assert/strict';
import { tabTo } from './browser.js';

/// The line the cursor is on in the studio's text.
export const cursorLine = (page) => page.evaluate(() => {
  const area = document.getElementById('studio-text');
  return area.value.slice(0, area.selectionStart).split('\n').length;
});

/// Types over the whole text: select it all and type the new one, as an author pasting would.
export async function replaceText(page, text) {
  await page.focus('#studio-text');
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
}

/// A reflection the coach passes on the example's free-text turn.
export const EXAMPLE_REPLY = "So it's the second time this month, and today you lost half a day. That sounds really frustrating. Have I got that right?";

/// Plays the example pack's role-play from its start to its good ending by keyboard: a
/// choice with its feedback, trust and flag, the free-text turn scored by the coach with its
/// hints, and the promise that ends it.
export async function playExampleToAnEnding(page) {
  await tabTo(page, 'button[aria-label="Play from here, beat start"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#studio-play-title');
  await page.waitForFunction(() => document.activeElement?.id === 'studio-play-title');
  assert.equal(await page.textContent('#studio-play-title'), 'Play-test: The missed hand-off, from start');
  assert.equal(await page.textContent('.studio-play__trust'), 'guarded (0)');
  assert.equal(await page.textContent('.studio-play__flags'), 'none');
  assert.match(await page.textContent('.studio-play .transcript'), /I lost half a day this morning/);

  // The first choice, by keyboard: its feedback, trust and the flag it sets.
  await tabTo(page, '.studio-play .choice:has-text("You lost half a day")');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.studio-play .turn-feedback');
  assert.match(await page.textContent('.studio-play .turn-feedback'), /Owning it plainly/);
  assert.equal(await page.textContent('.studio-play__trust'), 'warming (2)');
  assert.equal(await page.textContent('.studio-play__flags'), 'owned');

  // The free-text turn, scored by the coach with its hints.
  await page.focus('#studio-play-reply');
  await page.keyboard.insertText(EXAMPLE_REPLY);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('.studio-play .turn-feedback').length === 2);
  const coach = await page.textContent('.studio-play .turn-feedback >> nth=1');
  assert.match(coach, /Coach score \d+ \/ 100/);
  assert.match(coach, /It landed/);
  assert.ok(await page.locator('.studio-play .turn-feedback >> nth=1 >> .hints li').count() > 0, 'the coach\'s hints are shown');
  assert.ok(await page.locator('.studio-play .turn-feedback >> nth=1 >> .hints li >> nth=0').isVisible());
  assert.equal(await page.textContent('.studio-play__trust'), 'strong (4)');

  // The concrete promise, with trust that high, leads to the good ending.
  await tabTo(page, '.studio-play .choice:has-text("I\'ll post the note")');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.studio-play__ending');
  assert.match(await page.textContent('.studio-play__ending'), /Ending: An agreement she can check/);
  assert.equal(await page.locator('.studio-play .choice').count(), 0, 'nothing to choose after an ending');
}
