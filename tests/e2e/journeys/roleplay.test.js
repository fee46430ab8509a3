// A role-play as a learner lives it: open a scenario, choose, reload mid-run and carry on,
// answer in their own words, rewind one turn, reach an ending, read the debrief map, keep
// a private note, and swap seats. Every state passes an axe scan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedSetup, watchedPage, appReady, noViolations } from '../lib/browser.js';

const shared = sharedSetup();

const turns = (page) => page.locator('.turn-feedback').count();

async function choose(page, text) {
  const before = await turns(page);
  await page.click(`.choice:has-text("${text}")`);
  await page.waitForFunction((n) => document.querySelectorAll('.turn-feedback').length === n + 1, before);
}

test('play, reload, speak freely, rewind, finish, debrief, swap seats', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  await page.goto(`${shared.origin}/`);
  await appReady(page);
  await page.click('nav a[href="#/roleplays"]');
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Role-plays');
  const card = page.locator('.scenario-card:has-text("The handover that never happened")');
  assert.match(await card.textContent(), /Not started/);
  await noViolations(page, 'role-play list');
  await card.locator('a.button').click();
  await page.waitForSelector('.choice');
  assert.match(await page.textContent('.bubble--them'), /stressed and alone/, 'mood in words');
  await noViolations(page, 'conversation start');

  // A blaming question: trust drops, feedback explains why.
  await choose(page, "Why didn't you get the steps");
  assert.match(await page.textContent('.turn-feedback'), /sounds like blame/);
  assert.match(await page.textContent('.trust-panel__word'), /strained/i);
  assert.match(await page.textContent('[role=status]'), /^Mei Lin, defensive and hurt: I did ask him/, 'the new line is announced');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'turn-title', 'focus stays with the conversation');

  // Reload mid-run, halfway through writing: the conversation and the draft are where they were.
  await page.waitForSelector('#respond');
  await page.fill('#respond', 'You asked Jonas twice');
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('rapport.roleplays')).data.drafts?.['the-handover']?.text === 'You asked Jonas twice');
  await page.reload();
  await appReady(page);
  await page.waitForSelector('#respond');
  assert.equal(await turns(page), 1);
  assert.equal(await page.inputValue('#respond'), 'You asked Jonas twice', 'the draft survives a reload');

  // A free-text turn, scored by the coach.
  await page.fill('#respond', 'You asked Jonas twice, in writing, and my question sounded like blame. That must have felt unfair and hurtful. Is that right?');
  await page.click('text=Say it');
  await page.waitForFunction(() => document.querySelectorAll('.turn-feedback').length === 2);
  assert.match(await page.textContent('.turn-feedback >> nth=1'), /Coach score \d+ \/ 100: [^.]+\.It landed:/);
  // The reply is coached as a drill's is: its words marked in the bubble, the hints, what
  // the author hoped for, and why it landed, in words that agree with the trust change.
  assert.ok(await page.locator('.bubble--me >> nth=1 >> mark').count() >= 1, 'the words behind the hints are marked');
  assert.match(await page.textContent('.turn-feedback >> nth=1 >> .turn-feedback__pass'), /^It landed: \d+ against the 55 it needed/);
  assert.match(await page.textContent('.turn-feedback >> nth=1 >> .hints--well'), /You named feelings \(“unfair”, “hurtful”\)/);
  assert.match(await page.textContent('.turn-feedback >> nth=1 >> .hints--captured'), /Key points/);
  assert.match(await page.textContent('.turn-feedback >> nth=1 >> .turn-feedback__trust'), /\(\+\d\)/);
  await noViolations(page, 'conversation after a free-text turn');

  // Rewind one turn: the reply taken back is there to edit; then answer again.
  await page.click('text=Rewind one turn');
  await page.waitForSelector('#respond');
  assert.equal(await turns(page), 1);
  assert.match(await page.inputValue('#respond'), /^You asked Jonas twice, in writing/, 'the rewound reply comes back as the draft');
  await page.fill('#respond', 'You did ask him twice, and it sounds like you feel unfairly blamed. Is that right?');
  await page.click('text=Say it');
  await page.waitForFunction(() => document.querySelectorAll('.turn-feedback').length === 2);

  await choose(page, "In the postmortem I'll say clearly");
  await page.waitForSelector('.debrief');
  assert.match(await page.textContent('#debrief-title'), /^Debrief: Back on track$/);
  const map = await page.evaluate(() => ({
    nodes: document.querySelectorAll('.debrief-map .node').length,
    visited: document.querySelectorAll('.debrief-map .node--visited').length,
    taken: document.querySelectorAll('.debrief-map .edge--taken').length,
    other: document.querySelectorAll('.debrief-map .edge:not(.edge--taken)').length,
    desc: document.querySelector('#map-desc').textContent,
  }));
  assert.deepEqual([map.nodes, map.visited, map.taken], [9, 4, 3]);
  assert.ok(map.other > 0, 'roads not taken are drawn too');
  assert.match(map.desc, /reached the ending “Back on track”/);
  assert.equal(await page.locator('.debrief .chart circle').count(), 4);
  await page.fill('#notes', 'Ask about the write-up before anyone goes on holiday.');
  await noViolations(page, 'debrief');

  await page.click('text=Swap seats');
  await page.waitForSelector('.swap');
  assert.equal(await page.locator('.swap__thought').count(), 4);
  assert.match(await page.textContent('.swap__thought'), /Does anyone even know I asked Jonas/);
  await noViolations(page, 'swap seats');

  // Everything was kept on the device.
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('rapport.roleplays')).data);
  assert.equal(stored.runs['the-handover'].length, 3);
  assert.deepEqual(stored.endings['the-handover'], ['steady']);
  assert.equal(stored.notes['the-handover'], 'Ask about the write-up before anyone goes on holiday.');
  await page.goto(`${shared.origin}/#/roleplays`);
  await appReady(page);
  assert.match(await page.locator('.scenario-card:has-text("The handover that never happened")').textContent(), /Endings found: 1 of 4/);
  assert.deepEqual(page.problems, []);
  await context.close();
});

const choiceTexts = (page) => page.$$eval('.choice', (buttons) => buttons.map((b) => b.textContent));
const seeded = (page) => page.waitForFunction(() => JSON.parse(localStorage.getItem('rapport.roleplays') ?? '{}').data?.orders?.['the-handover'] !== undefined);

test('each fresh run orders its choices anew, a resumed run keeps its order, and Restart asks first', async () => {
  const orders = [];
  // Two devices whose random numbers differ (fixed here, so the test is deterministic).
  for (const random of [0.1, 0.7]) {
    const { context, page } = await watchedPage(shared.browser, shared.origin);
    await context.addInitScript((value) => { Math.random = () => value; }, random);
    await page.goto(`${shared.origin}/#/roleplays/the-handover`);
    await appReady(page);
    await seeded(page);
    const first = await choiceTexts(page);
    orders.push(first);
    await page.reload();
    await appReady(page);
    await page.waitForSelector('.choice');
    assert.deepEqual(await choiceTexts(page), first, 'a reload keeps the order');
    await page.click('.choice >> nth=0');
    await page.waitForSelector('.turn-feedback');
    await page.waitForSelector('.choice, #respond');
    const second = await choiceTexts(page);
    await page.reload();
    await appReady(page);
    await page.waitForSelector('.turn-feedback');
    assert.deepEqual(await choiceTexts(page), second, 'a resumed run keeps its order on later turns too');

    if (random === 0.1) {
      await page.click('button:has-text("Restart")');
      await page.waitForSelector('.confirm-restart');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'restart-title', 'focus moves to the question');
      assert.match(await page.textContent('.confirm-restart'), /endings you have found and your notes stay/);
      await page.click('text=Keep this run');
      assert.equal(await page.locator('.confirm-restart').count(), 0);
      assert.equal(await page.locator('.turn-feedback').count(), 1, 'the run is kept');
      assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Restart', 'focus returns to Restart');
      await page.click('button:has-text("Restart")');
      await page.click('text=Start again');
      await page.waitForFunction(() => document.querySelectorAll('.turn-feedback').length === 0);
      assert.equal(await page.locator('.choice').count(), 3);
    }
    await noViolations(page, 'role-play');
    assert.deepEqual(page.problems, []);
    await context.close();
  }
  assert.notDeepEqual(orders[0], orders[1], 'two fresh runs show the choices in different orders');
  assert.deepEqual([...orders[0]].sort(), [...orders[1]].sort(), 'the same choices');
});

test('the debrief says which choice the path did not offer, and why', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  await page.goto(`${shared.origin}/#/roleplays/blamed-in-public`);
  await appReady(page);
  await page.waitForSelector('.choice');
  await choose(page, 'I wanted to say sorry if you felt singled out');
  await choose(page, 'Would it help if I corrected it with the same people?');
  assert.equal(await page.locator('.choice:has-text("post a correction")').count(), 0, 'not offered');
  await choose(page, "Let's just move forward");
  await page.waitForSelector('.debrief');
  const hidden = await page.textContent('[aria-labelledby=hidden-heading]');
  assert.match(hidden, /Turn 3: “I'll post a correction in the team channel today/);
  assert.match(hidden, /This option opens after an earlier answer such as “Yes\. I was wrong yesterday\./);
  await noViolations(page, 'debrief with hidden choices');
  assert.deepEqual(page.problems, []);
  await context.close();
});
