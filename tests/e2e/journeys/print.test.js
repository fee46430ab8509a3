// The printed deck, as a facilitator prints it on A4 or Letter and cuts each sheet in two:
// participant cards first and the notes on sheets of their own (or left out), no text on
// the cut line, ruled space wherever a card asks for writing, and the observer's checklist
// readable in black and white.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedSetup, watchedPage, appReady, noViolations } from '../lib/browser.js';

const shared = sharedSetup();

const MM = 96 / 25.4;
// The width print lays a card out in: the sheet less the 12 mm page margins.
const SHEETS = { A4: 210 - 24, Letter: 215.9 - 24 };

const pdfPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;

test('participant cards come first, the notes on their own sheets, and "participant cards only" leaves them out', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  await page.goto(`${shared.origin}/workshop.html#/workshop/print`);
  await appReady(page);
  const sections = await page.evaluate(() => [...document.querySelectorAll('.print-section')].map((s) => ({
    title: s.querySelector('h2').textContent,
    kickers: [...s.querySelectorAll(':scope > .print-card')].map((c) => c.querySelector('.print-card__kicker, .role-card__topic')?.textContent ?? ''),
  })));
  assert.deepEqual(sections.map((s) => s.title), ['Participant cards', 'Facilitator notes']);
  assert.equal(sections[0].kickers.length, 5, 'three role cards, the checklist and a drill prompt');
  assert.ok(sections[0].kickers.every((k) => !k.startsWith('Facilitator')), 'no notes among the participant cards');
  assert.equal(sections[1].kickers.length, 4);
  assert.ok(sections[1].kickers.every((k) => k.startsWith('Facilitator')));
  await noViolations(page, 'print deck');

  await page.emulateMedia({ media: 'print' });
  const both = await page.pdf({ format: 'A4' });
  // Five participant halves take three sheets; the four notes start on a fourth.
  assert.equal(pdfPages(both), 5);
  await page.emulateMedia({ media: 'screen' });

  await page.check('#participants-only');
  await page.waitForFunction(() => document.querySelectorAll('.print-section').length === 1);
  assert.match(await page.textContent('#print-what'), /participant cards only/);
  assert.equal(await page.locator('.print-card--notes').count(), 0);
  await page.emulateMedia({ media: 'print' });
  assert.equal(pdfPages(await page.pdf({ format: 'Letter' })), 3);
  assert.deepEqual(page.problems, []);
  await context.close();
});

for (const [format, width] of Object.entries(SHEETS)) {
  test(`on ${format}, no card's text reaches its cut line, and there are lines to write on`, async () => {
    const { context, page } = await watchedPage(shared.browser, shared.origin, { viewport: { width: Math.floor(width * MM), height: 1000 } });
    await page.goto(`${shared.origin}/workshop.html#/workshop/print`);
    await appReady(page);
    await page.emulateMedia({ media: 'print' });
    const cards = await page.evaluate((mm) => [...document.querySelectorAll('.print-card')].map((card) => {
      const box = card.getBoundingClientRect();
      const text = [...card.querySelectorAll('p, li, h2, h3, tr, dt, dd, figcaption')];
      const lowest = Math.max(...text.map((t) => t.getBoundingClientRect().bottom));
      const lines = [...card.querySelectorAll('.print-card__line')].filter((l) => l.getBoundingClientRect().bottom <= box.bottom);
      return {
        kind: card.className,
        title: card.querySelector('h2, h3').textContent,
        clear: (box.bottom - lowest) / mm,
        lines: lines.length,
        label: card.querySelector('.print-card__write-label')?.textContent ?? null,
      };
    }), MM);
    for (const card of cards) {
      assert.ok(card.clear >= 6, `${card.title}: its last line is ${card.clear.toFixed(1)} mm from the cut`);
    }
    const drill = cards.find((c) => c.kind.includes('print-card--drill'));
    assert.equal(drill.label, 'Your reply:');
    assert.ok(drill.lines >= 4, `the drill card has ${drill.lines} lines to write a reply on`);
    const observer = cards.find((c) => c.title === 'You are the observer');
    assert.equal(observer.label, 'The exact words that worked:');
    assert.ok(observer.lines >= 4, `the observer has ${observer.lines} lines for the exact words`);
    // Lines are borders, which print; a ruled background would not.
    assert.notEqual(await page.evaluate(() => getComputedStyle(document.querySelector('.print-card__line')).borderBottomStyle), 'none');
    assert.deepEqual(page.problems, []);
    await context.close();
  });
}

test('the printed checklist tells what helped from what got in the way in words and marks, not colour', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  await page.goto(`${shared.origin}/workshop.html#/workshop/print`);
  await appReady(page);
  const groups = await page.evaluate(() => [...document.querySelectorAll('.print-checklist tbody')].map((body) => ({
    heading: body.querySelector('th[scope=colgroup]').textContent,
    items: [...body.querySelectorAll('th[scope=row]')].map((th) => th.textContent),
  })));
  assert.deepEqual(groups.map((g) => g.heading), ['\u2713 Helped', '\u2717 Got in the way']);
  assert.ok(groups[0].items.includes('\u2713 Named the feeling'));
  assert.ok(groups[1].items.includes('\u2717 Gave advice'));
  assert.ok(groups.every((g) => g.items.length === 5));
  assert.deepEqual(page.problems, []);
  await context.close();
});
