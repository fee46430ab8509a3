// A learner's story inside an organisation's LMS: a package made by `rapport package` from
// the release build is unpacked and served as an LMS serves it, and launched in an iframe
// of a test page whose SCORM runtime is scorm-again's, for SCORM 1.2 and 2004. The app
// initialises, shows only the packaged exercises, sends status, score, one interaction per
// answer and suspend data after each answer, and commits; Finish sends the session time
// and exit=suspend and ends the session. Relaunched on another device (a fresh browser)
// with what the LMS kept, it resumes where the learner was: the drill done, the role-play
// at the same turn, records numbered on. An LMS whose calls fail loses nothing: the work
// stays on the device, the learner is told, and it is sent once the LMS takes it again.
// And inside a package no service worker is registered: the LMS serves the files. A course
// made from a facilitator's content pack brings the pack with it, onto every device.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../lib/server.js';
import { launch, watchedPage, DIST, noViolations } from '../lib/browser.js';
import { unzip } from '../lib/unzip.js';
import { examplePack } from '../lib/packs.js';

const ROOT = join(DIST, '..');
// scorm-again's browser bundle (its package exports only its modules, so by path).
const SCORM_AGAIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'scorm-again', 'dist', 'scorm-again.min.js');
const SCENARIO = 'not-by-friday';
const DRILL = 'async-silence';
const PACK_DRILL = 'team-north-quiet-demo';
const PACK_SCENARIO = 'team-north-missed-handoff';
const REPLY = 'It sounds like the silence has left you feeling ignored. Is that right?';
// The author's first choice at each beat of the first path, to an ending.
const PATH = ['I want to be straight with you', 'A partial export of the clean regions', "I'll send it within the hour"];

let browser;
let work;

before(async () => {
  browser = await launch();
  work = await mkdtemp(join(tmpdir(), 'rapport-lms-'));
});

after(async () => {
  await browser?.close();
  await rm(work, { recursive: true, force: true });
});

// The LMS's side: scorm-again's runtime for `version` under its standard name, started with
// what the LMS kept from the last session, every call logged; `startCourse` opens the
// package's launch page in the iframe. `failing` makes SetValue and Commit refuse, with
// error 101, while `window.lmsFailing` is true.
const LMS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title><link rel="icon" href="data:,">
<script src="scorm-again.min.js"></script></head>
<body><main><h1>Test LMS</h1><iframe id="course" title="Course" style="width:100%;height:90vh"></iframe></main>
<script>
window.lmsLog = [];
window.startCourse = (version, kept, failing) => {
  const v12 = version === '1.2';
  const api = v12 ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
  if (kept) api.loadFromJSON(kept);
  const names = v12
    ? ['LMSInitialize', 'LMSSetValue', 'LMSCommit', 'LMSFinish']
    : ['Initialize', 'SetValue', 'Commit', 'Terminate'];
  api.on(names[0], () => window.lmsLog.push(['initialize']));
  api.on(names[1] + '.cmi.*', (element, value) => window.lmsLog.push(['set', element, String(value)]));
  api.on(names[2], () => window.lmsLog.push(['commit']));
  api.on(names[3], () => window.lmsLog.push(['finish']));
  window.lmsFailing = failing;
  for (const name of [names[1], names[2]]) {
    const real = api[name].bind(api);
    api[name] = (...args) => (window.lmsFailing ? 'false' : real(...args));
  }
  const lastError = v12 ? 'LMSGetLastError' : 'GetLastError';
  const realError = api[lastError].bind(api);
  api[lastError] = () => (window.lmsFailing ? '101' : realError());
  window[v12 ? 'API' : 'API_1484_11'] = api;
  window.lms = api;
  document.getElementById('course').src = 'course/index.html?lms=1';
};
// What the LMS keeps between sessions: the suspend data and the interactions.
window.kept = () => {
  const cmi = window.lms.renderCMIToJSONObject().cmi;
  return { suspend_data: cmi.suspend_data, interactions: cmi.interactions };
};
</script></body></html>`;

/// `select`: the exercises' arguments to `rapport package`.
function packageWith(version, out, select) {
  const args = ['run', '--quiet', '-p', 'rapport-cli', '--', 'package', '--scorm', version, '--dist', DIST, '--out', out, '--title', 'Listening across distance', ...select];
  return execFileSync('cargo', args, { cwd: ROOT, encoding: 'utf8' });
}

/// The package for `version`, unpacked under a test LMS's own page: the LMS's folder.
async function lmsFolder(version, select = ['--scenario', SCENARIO, '--drill', DRILL], name = `lms-${version}`) {
  const zipPath = join(work, `${name}.zip`);
  packageWith(version, zipPath, select);
  const folder = join(work, name);
  for (const [name, bytes] of unzip(await readFile(zipPath))) {
    await mkdir(dirname(join(folder, 'course', name)), { recursive: true });
    await writeFile(join(folder, 'course', name), bytes);
  }
  await writeFile(join(folder, 'index.html'), LMS_PAGE);
  await copyFile(SCORM_AGAIN, join(folder, 'scorm-again.min.js'));
  return folder;
}

/// A fresh browser (another device) at the test LMS, the course launched in its frame.
async function openCourse(server, version, kept = null, failing = false, serviceWorkers = 'block') {
  const { context, page } = await watchedPage(browser, server.origin, { serviceWorkers });
  await page.goto(`${server.origin}/index.html`);
  await page.evaluate(([v, k, f]) => window.startCourse(v, k, f), [version, kept, failing]);
  const frame = await (await page.waitForSelector('#course')).contentFrame();
  await frame.waitForSelector('.page--course h1');
  return { context, page, frame };
}

const log = (page) => page.evaluate(() => window.lmsLog);
/// The last value the LMS was given for `element`.
const lastSet = (entries, element) => entries.filter((e) => e[0] === 'set' && e[1] === element).map((e) => e[2]).pop();

async function waitForLog(page, predicate, what) {
  for (let i = 0; i < 100; i++) {
    const entries = await log(page);
    if (predicate(entries)) return entries;
    await page.waitForTimeout(100);
  }
  assert.fail(`the LMS never saw ${what}: ${JSON.stringify(await log(page))}`);
}

async function answerDrill(frame, drill = DRILL) {
  await frame.click(`a[href="#/drills/${drill}"]`);
  await frame.waitForSelector('#reply');
  await frame.fill('#reply', REPLY);
  await frame.click('button[type=submit]');
  await frame.waitForSelector('.feedback');
}

async function choose(frame, text) {
  await frame.click(`.choice:has-text("${text}")`);
}

for (const version of ['1.2', '2004']) {
  const v12 = version === '1.2';
  const el = {
    status: v12 ? 'cmi.core.lesson_status' : 'cmi.completion_status',
    score: v12 ? 'cmi.core.score.raw' : 'cmi.score.raw',
    response: (n) => `cmi.interactions.${n}.${v12 ? 'student_response' : 'learner_response'}`,
    time: v12 ? 'cmi.core.session_time' : 'cmi.session_time',
    exit: v12 ? 'cmi.core.exit' : 'cmi.exit',
  };

  test(`SCORM ${version}: the LMS gets status, score, interactions and suspend data, and a relaunch elsewhere resumes`, async () => {
    const server = await serve(await lmsFolder(version));
    try {
      // First session: the course page offers only the packaged exercises.
      let { context, page, frame } = await openCourse(server, version);
      let entries = await waitForLog(page, (l) => l.some((e) => e[0] === 'commit'), 'a commit after launch');
      assert.deepEqual(entries[0], ['initialize']);
      assert.equal(lastSet(entries, el.status), 'incomplete');
      assert.equal(lastSet(entries, el.score), '0');
      assert.match(lastSet(entries, 'cmi.suspend_data'), /^R1\./);
      const titles = await frame.$$eval('.scenario-card__title', (h) => h.map((e) => e.textContent));
      assert.equal(titles.length, 2, titles.join(', '));
      assert.deepEqual(await frame.$$eval('nav[aria-label=Main] a', (a) => a.map((e) => e.textContent)), ['Course', 'Privacy']);
      // The footer's promise is the course's: progress goes to the platform, the words stay.
      assert.match(await frame.textContent('.site-footer'), /progress goes to your organisation’s learning platform; the words you write stay on this device/);
      await noViolations(frame, `the course page (${version})`);

      // A drill reply: one record with the coach's verdict and not the reply's words.
      await answerDrill(frame);
      entries = await waitForLog(page, (l) => lastSet(l, 'cmi.interactions.0.id'), 'the drill reply');
      assert.equal(lastSet(entries, 'cmi.interactions.0.id'), `drill.${DRILL}`);
      const verdict = lastSet(entries, el.response(0));
      assert.match(verdict, /^\d+ of 100/);
      assert.ok(!verdict.includes('silence'), verdict);
      const score = Number(lastSet(entries, el.score));
      assert.ok(score > 0 && score <= 50, `half the course done: ${score}`);
      assert.equal(entries.at(-1)[0], 'commit');

      // One role-play choice: the next record, the author's first choice.
      await frame.click('nav a[href="#/"]');
      await frame.click(`a[href="#/roleplays/${SCENARIO}"]`);
      await frame.waitForSelector('.choice');
      await choose(frame, PATH[0]);
      entries = await waitForLog(page, (l) => lastSet(l, 'cmi.interactions.1.id'), 'the choice');
      assert.equal(lastSet(entries, 'cmi.interactions.1.type'), 'choice');
      assert.equal(lastSet(entries, el.response(1)), 'a');
      assert.equal(lastSet(entries, el.status), 'incomplete');

      // The privacy page says what goes to the LMS.
      await frame.click('nav a[href="#/privacy"]');
      await frame.waitForSelector('.lms-sent');
      assert.match(await frame.textContent('.lms-sent'), /not the words you wrote/);

      // Finish: session time, exit=suspend, commit, then the end of the session.
      await frame.click('nav a[href="#/"]');
      await frame.click('.page--course button:has-text("Finish")');
      entries = await waitForLog(page, (l) => l.some((e) => e[0] === 'finish'), 'the finish');
      assert.ok(lastSet(entries, el.time), 'a session time');
      assert.equal(lastSet(entries, el.exit), 'suspend');
      assert.deepEqual(entries.slice(-2).map((e) => e[0]), ['commit', 'finish']);
      await frame.waitForSelector('.course-finished');
      const kept = await page.evaluate(() => window.kept());
      assert.match(kept.suspend_data, /^R1\..{4}\.2\./, kept.suspend_data);
      assert.deepEqual(page.problems, []);
      await context.close();

      // Another device: nothing on it, the LMS's suspend data brings the learner back.
      ({ context, page, frame } = await openCourse(server, version, kept));
      await frame.waitForSelector('.standing--found');
      assert.match(await frame.textContent('.page--course'), /best coach score is \d+ of 100/);
      await frame.click(`a[href="#/roleplays/${SCENARIO}"]`);
      await frame.waitForSelector('.choice');
      assert.equal(await frame.locator('.bubble--me').count(), 1, 'the run is at its second turn');
      await choose(frame, PATH[1]);
      await frame.waitForSelector(`.choice:has-text("${PATH[2]}")`);
      await choose(frame, PATH[2]);
      entries = await waitForLog(page, (l) => lastSet(l, el.status) === 'completed', 'the course completed');
      assert.equal(lastSet(entries, 'cmi.interactions.3.type'), 'choice', 'records numbered on from the last session');
      assert.equal(lastSet(entries, 'cmi.interactions.0.id'), undefined, 'nothing from the last session sent again');
      assert.ok(Number(lastSet(entries, el.score)) > score);
      if (!v12) assert.equal(lastSet(entries, 'cmi.progress_measure'), '1');
      assert.deepEqual(page.problems, []);
      await context.close();
    } finally {
      await server.close();
    }
  });
}

test('a course registers no service worker: the LMS serves and updates its files', async () => {
  const server = await serve(await lmsFolder('2004'));
  try {
    const { context, page, frame } = await openCourse(server, '2004', null, false, 'allow');
    // The app registers its worker 1.5 s after startup everywhere else.
    await page.waitForTimeout(2_500);
    assert.equal(await frame.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
    assert.ok(!server.requests.some((r) => r.endsWith('/sw.js')), server.requests.join(' '));
    assert.deepEqual(page.problems, []);
    await context.close();
  } finally {
    await server.close();
  }
});

test('an LMS whose calls fail loses nothing: the learner is told, and the work is sent when it answers again', async () => {
  const server = await serve(await lmsFolder('1.2'));
  try {
    const { context, page, frame } = await openCourse(server, '1.2', null, true);
    await frame.waitForSelector('.lms-trouble');
    assert.match(await frame.textContent('.lms-trouble'), /kept on this device/);
    assert.match(await frame.textContent('.lms-trouble'), /error 101/);
    await answerDrill(frame);
    const stored = await frame.evaluate(() => localStorage.getItem('rapport.progress'));
    assert.ok(stored.includes(DRILL), 'the reply is on the device');
    assert.equal(await page.evaluate(() => window.lms.cmi.suspend_data), '');
    // The LMS answers again: the next retry sends the record and the progress.
    await page.evaluate(() => { window.lmsFailing = false; });
    await frame.waitForSelector('.lms-trouble', { state: 'detached', timeout: 15_000 });
    const data = await page.evaluate(() => window.lms.cmi.suspend_data);
    assert.match(data, /^R1\./);
    assert.ok(!data.split('.')[3].startsWith('--'), `the drill is done: ${data}`);
    const entries = await log(page);
    assert.equal(lastSet(entries, 'cmi.interactions.0.id'), `drill.${DRILL}`);
    await context.close();
  } finally {
    await server.close();
  }
});

const storedPacks = (frame) => frame.evaluate(() => JSON.parse(localStorage.getItem('rapport.packs')).data.list);

test("a course made from a content pack brings the pack: its exercises work on any device, and a second launch adds nothing twice", async () => {
  const packPath = join(work, 'team-north.txt');
  await writeFile(packPath, examplePack());
  const server = await serve(await lmsFolder('2004', ['--pack', packPath], 'lms-pack'));
  try {
    // A device that has never seen the pack: the course adds it and offers only its exercises.
    let { context, page, frame } = await openCourse(server, '2004');
    await frame.waitForSelector(`a[href="#/drills/${PACK_DRILL}"]`);
    assert.deepEqual(await frame.$$eval('.scenario-card__title', (h) => h.map((e) => e.textContent)), ['The missed hand-off', 'The quiet demo']);
    assert.equal(await frame.locator('text=not available on this device').count(), 0);
    await noViolations(frame, 'a pack\'s course page');
    await answerDrill(frame, PACK_DRILL);
    let entries = await waitForLog(page, (l) => lastSet(l, 'cmi.interactions.0.id'), 'the pack drill reply');
    assert.equal(lastSet(entries, 'cmi.interactions.0.id'), `drill.${PACK_DRILL}`);
    assert.match(lastSet(entries, 'cmi.interactions.0.learner_response'), /^\d+ of 100/);
    const packs = await storedPacks(frame);
    assert.deepEqual(packs.map((p) => p.source), [examplePack()]);
    await frame.click('nav a[href="#/"]');
    await frame.click('.page--course button:has-text("Finish")');
    await waitForLog(page, (l) => l.some((e) => e[0] === 'finish'), 'the finish');
    const kept = await page.evaluate(() => window.kept());
    assert.deepEqual(page.problems, []);

    // The same device, launched again: the pack is there once, and nothing is reported.
    page = await context.newPage();
    await page.goto(`${server.origin}/index.html`);
    await page.evaluate(([k]) => window.startCourse('2004', k, false), [kept]);
    frame = await (await page.waitForSelector('#course')).contentFrame();
    await frame.waitForSelector(`a[href="#/drills/${PACK_DRILL}"]`);
    await frame.waitForSelector('.standing--found');
    assert.equal((await storedPacks(frame)).length, 1);
    assert.equal(await frame.locator('.notice').count(), 0, await frame.textContent('.notices'));
    await context.close();

    // Another device: the pack comes from the package again, the progress from the LMS.
    ({ context, page, frame } = await openCourse(server, '2004', kept));
    await frame.waitForSelector('.standing--found');
    assert.match(await frame.textContent('.page--course'), /best coach score is \d+ of 100/);
    await frame.click(`a[href="#/roleplays/${PACK_SCENARIO}"]`);
    await frame.waitForSelector('.choice');
    assert.match(await frame.textContent('main'), /Priya/);
    assert.deepEqual(page.problems, []);
    await context.close();
  } finally {
    await server.close();
  }
});
