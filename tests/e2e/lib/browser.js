// Launches Debian's Chromium through playwright-core and watches each page for what the
// tests forbid: console errors, uncaught exceptions, failed requests and requests to any
// other origin.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serve } from './server.js';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
export const AXE_PATH = require.resolve('axe-core/axe.min.js');
export const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'dist');

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/// A new page whose problems are collected in `page.problems`.
export async function watchedPage(browser, origin, contextOptions = {}) {
  const context = await browser.newContext({ bypassCSP: true, ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (req) => {
    // The browser fetches the icon on its own after a load and drops the fetch when the
    // page reloads or navigates first: cancelled, not failed.
    const cancelledIcon = req.failure()?.errorText === 'net::ERR_ABORTED' && new URL(req.url()).pathname.endsWith('/favicon.svg');
    if (!cancelledIcon) problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') {
      problems.push(`request to another origin: ${req.url()}`);
    }
  });
  page.problems = problems;
  return { context, page };
}

/// Waits until the app has replaced the loading message with a page heading, and has
/// finished starting.
export async function appReady(page) {
  // Attached, not visible: the projector hides the site's header while presenting.
  await page.waitForSelector('header.site-header', { state: 'attached' });
  await page.waitForSelector('main h1');
  await settled(page);
}

/// Waits for the work Yew left for later. Its scheduler yields to the browser (with a zero
/// timeout) once a render has taken 16 ms, after the page is in place but before its
/// effects run: a key pressed in between, before a page's shortcuts are listening, would
/// be lost. Two zero timeouts later, that work has run.
export async function settled(page) {
  await page.evaluate(() => new Promise((resolve) => setTimeout(() => setTimeout(resolve, 0), 0)));
}

/// Runs axe-core on the page; returns the violations, formatted for a failure message.
export async function axeViolations(page) {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
    }));
  });
  return violations;
}

/// One static server and one Chromium for a whole test file: registers the hooks and
/// returns an object whose `origin` and `browser` are ready inside tests.
export function sharedSetup() {
  const shared = { server: null, browser: null };
  before(async () => {
    shared.server = await serve(DIST);
    shared.browser = await launch();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return {
    get origin() { return shared.server.origin; },
    get browser() { return shared.browser; },
  };
}

/// Fails with the violations listed when axe finds any.
export async function noViolations(page, where) {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `${where}: ${JSON.stringify(violations, null, 2)}`);
}

/// Answers one drill and rates it "good", ending on the practice page.
export async function practise(page, origin, drill, reply) {
  await page.goto(`${origin}/#/drills/${drill}`);
  await page.waitForSelector('#reply');
  await page.fill('#reply', reply);
  await page.click('button[type=submit]');
  await page.waitForSelector('.feedback');
  await page.click('.rating__button--good');
  await page.waitForFunction(() => location.hash === '#/practice');
}

/// Puts `text` under `key` in localStorage before the context's first page loads, once
/// (a reload keeps what the app made of it).
export async function seedStorage(context, key, text) {
  await context.addInitScript(([k, t]) => {
    if (!sessionStorage.getItem(`seeded:${k}`)) {
      localStorage.setItem(k, t);
      sessionStorage.setItem(`seeded:${k}`, 'yes');
    }
  }, [key, text]);
}

/// Presses Tab until the focused element matches `selector` (at most `limit` times), as a
/// keyboard user reaches a control.
export async function tabTo(page, selector, limit = 80) {
  for (let n = 0; n < limit; n++) {
    if (await page.locator(selector).first().evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${selector}`);
}
