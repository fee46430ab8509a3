// Two builds, one app: a learner's or participant's first visit loads the small build
// (index.html), without the facilitator's tools; those live in the full build
// (workshop.html), one ordinary page load away, with the same progress and settings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedSetup, watchedPage, appReady } from '../lib/browser.js';

const shared = sharedSetup();

test("a learner's first visit leaves the facilitator's tools out, and the header's Workshop link loads them, with Back returning", async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname); });
  await page.goto(`${shared.origin}/#/practice`);
  await appReady(page);
  assert.equal(wasm.length, 1, wasm.join(', '));
  assert.match(wasm[0], /^\/rapport-app-[0-9a-f]+_bg\.wasm$/);
  assert.equal(await page.getAttribute('nav a:has-text("Workshop")', 'href'), 'workshop.html#/workshop');
  assert.equal(await page.getAttribute('nav a:has-text("Practice")', 'href'), '#/practice');

  await page.click('nav a:has-text("Workshop")');
  await page.waitForURL(/\/workshop\.html#\/workshop$/);
  await appReady(page);
  assert.equal(await page.textContent('main h1'), 'Workshop');
  assert.match(wasm.at(-1), /^\/rapport-workshop-[0-9a-f]+_bg\.wasm$/);
  // The full build has every page: a learner's link stays on it, with no second load.
  assert.equal(await page.getAttribute('nav a:has-text("Practice")', 'href'), '#/practice');

  await page.goBack();
  await page.waitForURL(/\/#\/practice$/);
  await appReady(page);
  assert.equal(await page.textContent('main h1'), 'Practice');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test("an address kept from before the split (#/workshop/print on the learner's page) opens the tool in the full build, in its place", async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  await page.goto(`${shared.origin}/#/privacy`);
  await appReady(page);
  await page.goto(`${shared.origin}/#/workshop/print`);
  await page.waitForURL(/\/workshop\.html#\/workshop\/print$/);
  await appReady(page);
  assert.match(await page.textContent('main h1'), /^Cards: /);
  // Replaced, not added: Back goes to the page before, not to the one that sent it on.
  await page.goBack();
  await page.waitForURL(/\/#\/privacy$/);
  assert.deepEqual(page.problems, []);
  await context.close();
});
