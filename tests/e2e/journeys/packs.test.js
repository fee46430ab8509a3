// A facilitator's content pack, from file to practice: import the authoring guide's example
// from a file, see its exercises marked beside the built-in ones, do its drill and play its
// role-play; paste a broken pack and read every problem with its line, column and fix, with
// nothing of the first pack lost; export, turn off, re-import a newer version and remove,
// with progress kept. Markup in a pack shows as text. Every state passes an axe scan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedSetup, watchedPage, appReady, noViolations } from '../lib/browser.js';
import { examplePack, hostilePack, largePack, BROKEN_PACK, HOSTILE_TITLE, HOSTILE_LINE } from '../lib/packs.js';

const shared = sharedSetup();
const PACK_TITLE = 'Team North: listening across time zones';

async function openPacks(page) {
  await page.click('nav a[href$="#/packs"]');
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Content packs');
}

async function importFile(page, name, text) {
  await page.setInputFiles('#pack-file', { name, mimeType: 'text/plain', buffer: Buffer.from(text) });
}

async function downloaded(download) {
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const stored = (page, key) => page.evaluate((k) => JSON.parse(localStorage.getItem(k))?.data ?? null, key);

test('import a pack from a file, do its drill, play its role-play, survive a broken import', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin, { acceptDownloads: true });
  await page.goto(`${shared.origin}/`);
  await appReady(page);
  await openPacks(page);
  assert.match(await page.textContent('main'), /No packs yet/);
  const [example] = await Promise.all([page.waitForEvent('download'), page.click('text=Download the example pack')]);
  assert.equal(example.suggestedFilename(), 'example-pack.txt');
  assert.equal(await downloaded(example), examplePack(), 'the example to start from is the guide\'s');
  await noViolations(page, 'packs page, empty');

  await importFile(page, 'team-north.txt', examplePack());
  await page.waitForSelector('.pack-report--ok');
  assert.match(await page.textContent('.pack-report'), /Imported “Team North: listening across time zones” \(version 1\): 1 drill and 1 role-play/);
  const item = page.locator('.pack');
  assert.equal(await item.count(), 1);
  assert.match(await item.textContent(), /By Ana Lima · version 1 · language en · 1 drill and 1 role-play · imported .* from team-north\.txt/);
  assert.equal((await stored(page, 'rapport.packs')).list[0].source, examplePack(), 'the text is kept as written');
  assert.deepEqual(await item.locator('.pack__exercises a').allTextContents(), ['The quiet demo', 'The missed hand-off']);
  await noViolations(page, 'packs page, one pack');

  // Its drill sits in the practice library, marked with its pack; do it.
  await page.click('nav a[href="#/practice"]');
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Practice');
  const drillCard = page.locator('.drill-card:has-text("The quiet demo")');
  assert.match(await drillCard.locator('.tag--pack').textContent(), new RegExp(`Pack: ${PACK_TITLE}`));
  await noViolations(page, 'practice with a pack drill');
  await drillCard.locator('a').first().click();
  await page.waitForSelector('#reply');
  assert.match(await page.textContent('main'), /Tomás Reyes/);
  await page.fill('#reply', 'It sounds like you feel disappointed and ignored: two weeks on the onboarding flow, and nobody said a word in the demo. Is that right?');
  await page.click('button[type=submit]');
  await page.waitForSelector('.feedback');
  assert.match(await page.textContent('.feedback'), /feeling/i);
  await noViolations(page, 'pack drill checked');
  await page.click('.rating__button--good');
  await page.waitForFunction(() => location.hash === '#/practice');
  const progress = await stored(page, 'rapport.progress');
  assert.equal(progress.attempts.length, 1);
  assert.ok(JSON.stringify(progress).includes('team-north-quiet-demo'), 'the attempt names the pack drill');

  // Its role-play sits in the list, marked; play it to an ending.
  await page.click('nav a[href="#/roleplays"]');
  const scenarioCard = page.locator('.scenario-card:has-text("The missed hand-off")');
  assert.match(await scenarioCard.locator('.tag--pack').textContent(), /Pack: Team North/);
  await scenarioCard.locator('a.button').click();
  await page.waitForSelector('.choice');
  await page.click('.choice:has-text("You lost half a day")');
  await page.waitForSelector('#respond');
  await page.fill('#respond', "So it's the second time this month, and today you lost half a day. That sounds really frustrating. Have I got that right?");
  await page.click('text=Say it');
  await page.waitForFunction(() => document.querySelectorAll('.turn-feedback').length === 2);
  await page.click('.choice:has-text("before I log off every day")');
  await page.waitForSelector('.debrief');
  assert.match(await page.textContent('.debrief'), /An agreement she can check/);
  await noViolations(page, 'pack role-play debrief');

  // The workshop planner offers the pack's exercises, marked.
  await page.click('nav a[href$="#/workshop"]');
  await page.waitForSelector('select');
  const options = await page.locator('option').allTextContents();
  assert.ok(options.includes(`The missed hand-off (pack: ${PACK_TITLE})`), options.join(' | '));

  // A broken pack, pasted: every problem listed; nothing imported, nothing lost.
  await openPacks(page);
  await page.fill('#pack-text', BROKEN_PACK);
  await page.click('text=Check and import');
  await page.waitForSelector('.pack-report--problems');
  assert.equal(await page.inputValue('#pack-text'), BROKEN_PACK, 'a refused pack stays in the box to fix');
  const report = await page.textContent('.pack-report--problems');
  assert.match(report, /Nothing was imported: \d+ problems in pasted text/);
  assert.match(report, /Line 3, column 1: authr: is not a pack header keyFix: did you mean author:\?/);
  assert.match(report, /Line 4, column 10: version one is not a whole number above zero/);
  assert.ok((await page.locator('.diagnostics li').count()) >= 3);
  assert.equal(await page.textContent('.diagnostics li:nth-child(1) code'), 'authr:', 'keys from the file are set as code');
  assert.doesNotMatch(report, /has no author:/, 'a typo is reported once, as the typo with its fix');
  assert.match(report, /Fix these in the pasted text and import it again/);
  // The format's reference is one link away, and names the key the typo was taken for.
  await page.click('a[href="#/packs/format"]');
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'The pack format');
  assert.match(await page.textContent('#format-header + p + table'), /author:\s*required\s*You, or your team\./);
  assert.match(await page.textContent('.format-rules'), /at least 2 endings that can be reached/);
  await page.goBack();
  await page.waitForSelector('.pack-report--problems');
  await noViolations(page, 'packs page with problems listed');
  assert.equal(await page.locator('.pack').count(), 1);
  assert.equal((await stored(page, 'rapport.packs')).list.length, 1);
  assert.equal((await stored(page, 'rapport.progress')).attempts.length, 1);
  assert.ok(JSON.stringify(await stored(page, 'rapport.roleplays')).includes('team-north-missed-handoff'));

  // A file far too large is not even read; the message says why.
  await importFile(page, 'holiday-video.txt', 'x'.repeat(1_500_000));
  await page.waitForFunction(() => document.querySelector('.notices')?.textContent.includes('holiday-video.txt'));
  assert.match(await page.textContent('.notices'), /The file “holiday-video.txt” could not be read: it is 1.5 MB, and a file here can be at most 1.0 MB\./);
  assert.equal((await stored(page, 'rapport.packs')).list.length, 1);

  // After a reload the pack, its drill and its progress are all still here.
  await page.reload();
  await appReady(page);
  assert.equal(await page.locator('.pack').count(), 1);
  await page.goto(`${shared.origin}/#/drills/team-north-quiet-demo`);
  await page.waitForSelector('#reply');

  // Export gives the file back, unchanged.
  await openPacks(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.pack button:has-text("Export the file")')]);
  assert.equal(download.suggestedFilename(), 'team-north-v1.txt');
  assert.equal(await downloaded(download), examplePack());
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('turn a pack off, update it, remove it: progress stays unless asked', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  await page.goto(`${shared.origin}/workshop.html#/packs`);
  await appReady(page);
  await importFile(page, 'team-north.txt', examplePack());
  await page.waitForSelector('.pack-report--ok');
  await page.goto(`${shared.origin}/#/drills/team-north-quiet-demo`);
  await page.waitForSelector('#reply');
  await page.fill('#reply', 'You sound disappointed that nobody said a word about two weeks of work. Is that right?');
  await page.click('button[type=submit]');
  await page.waitForSelector('.feedback');

  // Off: its exercises leave the lists; on again: back.
  await page.goto(`${shared.origin}/workshop.html#/packs`);
  await page.waitForSelector('.pack');
  await page.uncheck('.pack input[type=checkbox]');
  await page.waitForSelector('.pack--off');
  assert.equal((await stored(page, 'rapport.packs')).list[0].enabled, false);
  await page.goto(`${shared.origin}/#/practice`);
  await page.waitForSelector('.drill-card');
  assert.equal(await page.locator('.drill-card:has-text("The quiet demo")').count(), 0);
  await page.goto(`${shared.origin}/#/drills/team-north-quiet-demo`);
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Page not found');
  assert.match(await page.textContent('main'), /may come from a content pack that was not imported here, or that is turned off/);
  await page.goto(`${shared.origin}/workshop.html#/packs`);
  await page.check('.pack input[type=checkbox]');
  await page.waitForSelector('.pack:not(.pack--off)');

  // A newer version replaces it; the attempt on its drill is kept.
  await importFile(page, 'team-north-v2.txt', examplePack().replace('version: 1', 'version: 2').replace('The quiet demo', 'The silent demo'));
  // The first import's report stays until this one replaces it.
  await page.waitForSelector('.pack-report--ok:has-text("Updated")');
  assert.match(await page.textContent('.pack-report'), /Updated “Team North: listening across time zones” from version 1 to 2/);
  assert.match(await page.textContent('.pack'), /version 2/);
  assert.equal(await page.locator('.pack').count(), 1);
  assert.equal((await stored(page, 'rapport.progress')).attempts.length, 1);
  // The older file is refused, with the fix.
  await importFile(page, 'team-north.txt', examplePack());
  await page.waitForSelector('.pack-report--problems');
  assert.match(await page.textContent('.pack-report--problems'), /older than the imported version 2/);

  // Remove, keeping progress; then import again and remove forgetting it. "Keep it" first:
  // the question closes and focus goes back to "Remove…".
  await page.click('.pack button:has-text("Remove")');
  await page.waitForSelector('.pack__remove');
  await page.click('text=Keep it');
  await page.waitForFunction(() => !document.querySelector('.pack__remove'));
  assert.match(await page.evaluate(() => document.activeElement.textContent), /^Remove…/);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.pack__remove');
  await noViolations(page, 'remove confirmation');
  await page.click('text=Remove the pack');
  await page.waitForFunction(() => !document.querySelector('.pack'));
  assert.match(await page.textContent('.pack-report'), /Your progress on its exercises is kept/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'installed-title', 'focus lands on the list, not the top of the page');
  assert.equal((await stored(page, 'rapport.progress')).attempts.length, 1);
  await importFile(page, 'team-north.txt', examplePack());
  await page.waitForSelector('.pack');
  await page.click('.pack button:has-text("Remove")');
  await page.check('text=Also forget my progress on its exercises');
  await page.click('text=Remove the pack');
  await page.waitForFunction(() => !document.querySelector('.pack'));
  assert.equal((await stored(page, 'rapport.progress')).attempts.length, 0);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('markup and script in a pasted pack show as plain text', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  await page.goto(`${shared.origin}/workshop.html#/packs`);
  await appReady(page);
  await page.fill('#pack-text', hostilePack());
  await page.click('text=Check and import');
  await page.waitForSelector('.pack-report--ok');
  assert.equal(await page.inputValue('#pack-text'), '', 'the box empties once its pack is in');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Check and import', 'focus stays where it was');
  assert.equal(await page.textContent('.pack h3'), HOSTILE_TITLE);
  await page.goto(`${shared.origin}/#/drills/team-north-quiet-demo`);
  await page.waitForSelector('#reply');
  assert.ok((await page.textContent('main')).includes(HOSTILE_LINE));
  assert.ok((await page.textContent('.tag--pack')).includes(HOSTILE_TITLE));
  assert.equal(await page.locator('main img, main script, main b').count(), 0, 'no element was made from the text');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a large pack says it is being checked, and is there after a reload', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  await page.goto(`${shared.origin}/workshop.html#/packs`);
  await appReady(page);
  // Record every status the import area shows, however briefly.
  await page.evaluate(() => {
    window.__statuses = [];
    new MutationObserver(() => {
      const status = document.querySelector('.pack-report')?.textContent;
      if (status && window.__statuses.at(-1) !== status) window.__statuses.push(status);
    }).observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true });
  });
  await importFile(page, 'forty.txt', largePack(40));
  await page.waitForSelector('.pack-report--ok');
  const statuses = await page.evaluate(() => window.__statuses);
  assert.equal(statuses[0], 'Checking “forty.txt”…', statuses.join(' | '));
  assert.match(statuses.at(-1), /40 drills and 40 role-plays/);

  await page.reload();
  await appReady(page);
  await page.waitForSelector('.pack');
  assert.match(await page.textContent('.pack'), /40 drills and 40 role-plays/);
  await page.goto(`${shared.origin}/#/drills/team-north-39-quiet-demo`);
  await page.waitForSelector('#reply');
  assert.match(await page.textContent('main'), /Tomás Reyes/);
  assert.deepEqual(page.problems, []);
  await context.close();
});
