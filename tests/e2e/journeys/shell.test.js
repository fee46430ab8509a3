// The app shell as people meet it: every page loads cleanly from the release build, at the
// root and from a sub-path, passes an accessibility scan in light and dark themes, talks to
// no other origin, and works by keyboard; storage trouble is explained, never fatal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SUB_PATH } from '../lib/server.js';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { sharedSetup, watchedPage, appReady, axeViolations, DIST } from '../lib/browser.js';

const ROUTES = [
  { hash: '#/', heading: 'Practise the conversations that build trust', title: 'Practise the conversations that build trust · Rapport' },
  { hash: '#/privacy', heading: 'Privacy', title: 'Privacy · Rapport' },
  { hash: '#/practice', heading: 'Practice', title: 'Practice · Rapport' },
  { hash: '#/drills/pinged-at-ten', heading: 'Never off', title: 'Never off · Rapport' },
  { hash: '#/drills/export-by-march', heading: 'The export promised for March', title: 'The export promised for March · Rapport' },
  { hash: '#/roleplays', heading: 'Role-plays', title: 'Role-plays · Rapport' },
  { hash: '#/progress', heading: 'Progress', title: 'Progress · Rapport' },
  { hash: '#/roleplays/the-handover', heading: 'The handover that never happened', title: 'The handover that never happened · Rapport' },
  { hash: '#/roleplays/the-handover/swap', heading: 'Swap seats: The handover that never happened', title: 'Swap seats: The handover that never happened · Rapport' },
  { hash: 'workshop.html#/workshop', heading: 'Workshop', title: 'Workshop · Rapport' },
  { hash: 'workshop.html#/workshop/run', heading: 'Opening check-in', title: 'Projector view · Rapport' },
  { hash: 'workshop.html#/workshop/print', heading: 'Cards: Trust in remote work: 45-minute session', title: 'Printable cards · Rapport' },
  { hash: '#/card/the-late-meeting/speaker', heading: 'Speaker card', title: 'Speaker card · Rapport' },
  { hash: '#/card/own-topic/observer', heading: 'Observer card', title: 'Observer card · Rapport' },
  { hash: 'workshop.html#/packs', heading: 'Content packs', title: 'Content packs · Rapport' },
  { hash: 'workshop.html#/packs/format', heading: 'The pack format', title: 'Pack format · Rapport' },
  { hash: '#/no-such-page', heading: 'Page not found', title: 'Page not found · Rapport' },
];

const shared = sharedSetup();

for (const base of ['/', SUB_PATH]) {
  for (const scheme of ['light', 'dark']) {
    for (const route of ROUTES) {
      test(`${base}${route.hash} loads cleanly and passes axe (${scheme})`, async () => {
        const { context, page } = await watchedPage(shared.browser, shared.origin, { colorScheme: scheme });
        await page.goto(`${shared.origin}${base}${route.hash}`);
        await appReady(page);
        assert.equal(await page.textContent('main h1'), route.heading);
        assert.equal(await page.title(), route.title);
        // The favicon is part of the build and loads from the same origin.
        const icon = await page.evaluate(async () => {
          const href = document.querySelector('link[rel=icon]').href;
          const res = await fetch(href);
          return { href, ok: res.ok, type: res.headers.get('content-type') };
        });
        assert.ok(icon.ok && icon.type === 'image/svg+xml', JSON.stringify(icon));
        assert.ok(icon.href.startsWith(shared.origin + base), icon.href);
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
        assert.deepEqual(page.problems, []);
        await context.close();
      });
    }
  }
}

test('every page fits 320 px (the width WCAG asks content to reflow to) and a 768 px tablet without sideways scrolling, with normal and larger text', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin, { viewport: { width: 320, height: 780 } });
  await page.goto(`${shared.origin}/`);
  await appReady(page);
  for (const large of [false, true]) {
    if (large) await page.click('button.text-size');
    for (const width of [320, 768]) {
      await page.setViewportSize({ width, height: 780 });
      for (const route of ROUTES) {
        await page.goto(`${shared.origin}/${route.hash}`);
        await appReady(page);
        assert.equal(await page.getAttribute('html', 'data-text'), large ? 'large' : 'normal');
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(wide <= width, `${route.hash} is ${wide}px wide at ${width}px${large ? ' with larger text' : ''}`);
      }
    }
  }
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('larger text passes axe and survives a reload', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  await page.goto(`${shared.origin}/#/privacy`);
  await appReady(page);
  await page.click('button.text-size');
  assert.equal(await page.getAttribute('html', 'data-text'), 'large');
  assert.deepEqual(await axeViolations(page), []);
  await page.reload();
  await appReady(page);
  assert.equal(await page.getAttribute('button.text-size', 'aria-pressed'), 'true');
  assert.equal(await page.getAttribute('html', 'data-text'), 'large');
  assert.match(await page.textContent('.data-table'), /Your settings: larger text on or off, and the practice page.s filters/);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('everything works by keyboard: skip link, navigation, focus on the new page', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  await page.goto(`${shared.origin}/`);
  await appReady(page);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to main content');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  assert.equal(new URL(page.url()).hash, '', 'the skip link does not navigate');

  // Brand, Home, Practice, Role-plays, Progress, Workshop, Packs, Privacy: eight tabs from the skip link.
  await page.focus('.skip-link');
  for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Privacy');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.equal(outline, 'solid', 'focus is visible');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Privacy');
  assert.equal(await page.getAttribute('nav a[href="#/privacy"]', 'aria-current'), 'page');
  assert.equal(await page.title(), 'Privacy · Rapport');

  await page.goBack();
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent.startsWith('Practise'));
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a hand-typed hash without a slash still finds its page', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  await page.goto(`${shared.origin}${SUB_PATH}#privacy`);
  await appReady(page);
  assert.equal(await page.textContent('main h1'), 'Privacy');
  await page.evaluate(() => { location.hash = 'nowhere'; });
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Page not found');
  assert.equal(new URL(page.url()).hash, '#/nowhere');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('blocked storage: the app explains, keeps working, and the notice can be dismissed', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  await page.goto(`${shared.origin}/`);
  await appReady(page);
  const notice = page.locator('.notice');
  await notice.waitFor();
  assert.match(await notice.textContent(), /^Problem: Your browser is not letting Rapport save anything/);
  await page.click('button.text-size');
  assert.equal(await page.getAttribute('html', 'data-text'), 'large', 'settings still work in memory');
  await page.click(`nav a[href="#/privacy"]`);
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Privacy');
  assert.match(await page.textContent('main'), /not letting Rapport use storage/);
  await page.focus('.notice__dismiss');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('.notice').count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main', 'focus stays in the page');
  assert.equal(await page.getAttribute('html', 'data-text'), 'large');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a corrupt save is backed up, reported, and listed on the privacy page', async () => {
  // On a phone: the notice names a long storage key, which must wrap rather than widen the page.
  const { context, page } = await watchedPage(shared.browser, shared.origin, { viewport: { width: 360, height: 780 } });
  await page.goto(`${shared.origin}/`);
  await appReady(page);
  await page.evaluate(() => localStorage.setItem('rapport.settings', '{"schema":1,"data":{"large_text":"yes"'));
  await page.reload();
  await appReady(page);
  assert.match(await page.textContent('.notice'), /could not read your saved settings.*rapport\.settings\.backup-1/);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 360, 'the notice widens the page');
  const stored = await page.evaluate(() => ({
    backup: localStorage.getItem('rapport.settings.backup-1'),
    original: localStorage.getItem('rapport.settings'),
  }));
  assert.deepEqual(stored, { backup: '{"schema":1,"data":{"large_text":"yes"', original: null });
  await page.goto(`${shared.origin}/#/privacy`);
  await appReady(page);
  assert.match(await page.textContent('.data-table'), /A backup kept because it could not be read/);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 360, 'the storage table widens the page');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('every file of the build has gzip and brotli copies that decompress to it, and a host that serves them is used', async () => {
  const all = (await readdir(DIST, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const plain = all.map((e) => join(e.parentPath, e.name)).filter((p) => !/\.(br|gz)$/.test(p));
  assert.ok(plain.length >= 5, plain.join(' '));
  for (const path of plain) {
    const body = await readFile(path);
    assert.ok(gunzipSync(await readFile(`${path}.gz`)).equals(body), `${path}.gz`);
    assert.ok(brotliDecompressSync(await readFile(`${path}.br`)).equals(body), `${path}.br`);
  }
  const sw = await readFile(join(DIST, 'sw.js'), 'utf8');
  assert.doesNotMatch(sw, /\.(br|gz)"/, 'the service worker precaches the files, not their compressed copies');

  // The browser gets the compressed wasm, and the app still starts from it.
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  const wasm = page.waitForResponse((r) => r.url().endsWith('.wasm'));
  await page.goto(`${shared.origin}/#/`);
  await appReady(page);
  const encoding = (await wasm).headers()['content-encoding'];
  assert.ok(['br', 'gzip'].includes(encoding), `wasm served with content-encoding ${encoding}`);
  await context.close();
});
