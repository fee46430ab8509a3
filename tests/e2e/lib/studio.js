// What the studio's journeys do with its text field, as an author would.

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
