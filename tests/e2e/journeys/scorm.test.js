// An administrator's story: from the release build, `rapport package` makes a SCORM 1.2
// and a SCORM 2004 package of two role-plays and five drills; each zip, read as an LMS
// reads it, holds every file of the build, a manifest listing them all and the selection,
// and its launch page, served from the package's own files (at the root and deep in a
// path, as LMSs serve them), starts the app with nothing missing and nothing from
// elsewhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { serve, SUB_PATH } from '../lib/server.js';
import { launch, watchedPage, appReady, DIST } from '../lib/browser.js';
import { unzip } from '../lib/unzip.js';

const ROOT = join(DIST, '..');
const SCENARIOS = ['not-by-friday', 'the-late-meeting'];
const DRILLS = ['async-silence', 'interesting-means-no', 'pinged-at-ten', 'camera-always-on', 'weekend-deploys'];

let browser;
let work;

before(async () => {
  browser = await launch();
  work = await mkdtemp(join(tmpdir(), 'rapport-scorm-'));
});

after(async () => {
  await browser?.close();
  await rm(work, { recursive: true, force: true });
});

/// Every file under `dir`, as `/`-separated paths inside it.
async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  }
  return out.sort();
}

function packageWith(version, out) {
  const args = ['run', '--quiet', '-p', 'rapport-cli', '--', 'package', '--scorm', version, '--dist', DIST, '--out', out, '--title', 'Listening across distance'];
  for (const id of SCENARIOS) args.push('--scenario', id);
  for (const id of DRILLS) args.push('--drill', id);
  return execFileSync('cargo', args, { cwd: ROOT, encoding: 'utf8' });
}

for (const [version, schemaversion, scormType] of [['1.2', '1.2', 'adlcp:scormtype'], ['2004', '2004 4th Edition', 'adlcp:scormType']]) {
  test(`a SCORM ${version} package of two role-plays and five drills holds the build and launches it`, async () => {
    const zipPath = join(work, `rapport-${version}.zip`);
    const said = packageWith(version, zipPath);
    assert.match(said, /2 role-plays and 5 drills/);
    const size = (await stat(zipPath)).size;
    console.log(`SCORM ${version} package: ${size} bytes (${(size / 1024).toFixed(1)} KB)`);

    const entries = unzip(await readFile(zipPath));
    const names = entries.map(([name]) => name).sort();
    // The build's precompressed copies are for static hosts; an LMS serves files as they
    // are. A course is the learner's build: the full one (workshop.html) stays out.
    const all = await files(DIST);
    assert.ok(all.includes('workshop.html'));
    const build = all
      .filter((f) => !/\.(br|gz)$/.test(f) || !all.includes(f.replace(/\.(br|gz)$/, '')))
      .filter((f) => f !== 'workshop.html' && !f.startsWith('rapport-workshop-'));
    assert.deepEqual(names, [...build, 'imsmanifest.xml', 'rapport-selection.json'].sort());
    for (const [name, bytes] of entries) {
      if (build.includes(name)) assert.ok(bytes.equals(await readFile(join(DIST, name))), `${name} is the build's own`);
    }

    const manifest = entries.find(([n]) => n === 'imsmanifest.xml')[1].toString('utf8');
    assert.ok(manifest.includes(`<schemaversion>${schemaversion}</schemaversion>`), manifest.slice(0, 600));
    const resource = manifest.match(/<resource [^>]*>/)[0];
    assert.ok(resource.includes(`${scormType}="sco"`), resource);
    const launchHref = resource.match(/ href="([^"]+)"/)[1];
    assert.equal(launchHref, 'index.html?lms=1');
    const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => decodeURIComponent(m[1])).sort();
    assert.deepEqual(listed, names.filter((n) => n !== 'imsmanifest.xml'));

    const selection = JSON.parse(entries.find(([n]) => n === 'rapport-selection.json')[1].toString('utf8'));
    assert.equal(selection.format, 1);
    assert.equal(selection.scorm, version);
    assert.deepEqual(selection.scenarios, SCENARIOS);
    assert.deepEqual(selection.drills, DRILLS);

    // The LMS unpacks the zip and serves its files; nothing else is there.
    const unpacked = join(work, `unpacked-${version}`);
    for (const [name, bytes] of entries) {
      await mkdir(dirname(join(unpacked, name)), { recursive: true });
      await writeFile(join(unpacked, name), bytes);
    }
    const server = await serve(unpacked);
    try {
      for (const base of ['/', SUB_PATH]) {
        const { context, page } = await watchedPage(browser, server.origin, { serviceWorkers: 'block' });
        await page.goto(`${server.origin}${base}${launchHref}`);
        await appReady(page);
        const fetched = await page.evaluate(async () => (await fetch('rapport-selection.json')).json());
        assert.deepEqual(fetched, selection);
        assert.deepEqual(page.problems, [], `launched at ${base}`);
        await context.close();
      }
    } finally {
      await server.close();
    }
  });
}
