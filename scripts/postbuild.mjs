// Trunk post_build hook, for each page's build (index.html, the learner's; workshop.html,
// the full build with the facilitator's tools, which scripts/prebuild.mjs runs first). In
// the staging directory, which holds the final hashed file names, it (1) joins the style
// sheets into one minified file and minifies the JavaScript glue, (2) adds a
// Content-Security-Policy to the page that allows Trunk's inline loader by its hash and
// nothing else inline. For index.html it then copies in the full build, (3) writes sw.js
// with the list of every file to precache and a version derived from their contents, and
// (4) writes a gzip and a brotli copy beside every file, for static hosts that serve
// precompressed files.
import { createHash } from 'node:crypto';
import { copyFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk post_build hook');
const root = new URL('..', import.meta.url).pathname;
// The minifiers are installed with the end-to-end tests' packages (scripts/setup.sh).
const tools = createRequire(join(root, 'tests', 'e2e', 'package.json'));
const { minify: minifyJs } = tools('terser');
const { minify: minifyCss } = tools('csso');

async function files(at) {
  const out = [];
  for (const entry of await readdir(at, { withFileTypes: true })) {
    const path = join(at, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out;
}

// Trunk names every page it builds index.html in its own dist; the full build's becomes
// workshop.html when it is copied in below.
const page = basename(process.env.TRUNK_HTML_FILE ?? 'index.html');
const indexPath = join(dir, 'index.html');
let index = await readFile(indexPath, 'utf8');

// 1. One style sheet, minified. The sources stay split by what they style (and keep their
// comments), but the app's script waits for every pending style sheet before it runs, and
// one request instead of three brought the first render 12 to 18 ms sooner
// (tests/e2e/startup.js). Minifying it and the JavaScript glue saves 3.5 KB gzip of the
// first load; `restructure: false` keeps every rule where it was written, so the cascade
// is untouched (and it compresses slightly better here).
const sheets = [...index.matchAll(/<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*\/?>\s*/g)];
if (sheets.length === 0) throw new Error(`postbuild: no style sheet link found in ${page}`);
const css = minifyCss((await Promise.all(sheets.map((m) => readFile(join(dir, m[1]), 'utf8')))).join('\n'), {
  restructure: false,
}).css;
const sheet = `styles-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
const integrity = `sha384-${createHash('sha384').update(css).digest('base64')}`;
await Promise.all(sheets.map((m) => rm(join(dir, m[1]))));
await writeFile(join(dir, sheet), css);
index = index.replace(sheets[0][0], `<link rel="stylesheet" href="./${sheet}" integrity="${integrity}"/>\n    `);
for (const m of sheets.slice(1)) index = index.replace(m[0], '');

const glue = (await readdir(dir)).filter((n) => n.endsWith('.js') && n !== 'sw.js');
for (const name of glue) {
  const { code } = await minifyJs(await readFile(join(dir, name), 'utf8'), { module: true });
  await writeFile(join(dir, name), code);
}

// 2. The Content-Security-Policy, with the hash of every inline script Trunk wrote.
const inline = [...index.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.map((text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`);
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
index = index.replace(/<meta charset="utf-8" \/>/, (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
await writeFile(indexPath, index);
if (page !== 'index.html') {
  console.log(`postbuild: ${page}: ${sheets.length} style sheets joined and minified, ${glue.length} script(s) minified; CSP with ${hashes.length} inline script hash(es)`);
  process.exit(0);
}

// The full build, beside the learner's: its page and the files only it loads (the icons
// and the manifest are the same files in both).
const full = join(root, 'target', 'workshop-dist');
let copied = 0;
for (const name of await readdir(full)) {
  const as = name === 'index.html' ? 'workshop.html' : name;
  if (/\.(br|gz)$/.test(name) || (await readdir(dir)).includes(as)) continue;
  await copyFile(join(full, name), join(dir, as));
  copied += 1;
}
if (!copied) throw new Error('postbuild: the full build (target/workshop-dist) is missing: scripts/prebuild.mjs should have made it');

// 3. The service worker, precaching every other file of the build.
const names = (await files(dir)).map((p) => relative(dir, p)).filter((n) => n !== 'sw.js').sort();
const hash = createHash('sha256');
for (const name of names) {
  hash.update(name);
  hash.update(await readFile(join(dir, name)));
}
const version = hash.digest('hex').slice(0, 16);
const template = await readFile(join(root, 'web', 'sw.js'), 'utf8');
const list = JSON.stringify(names.filter((n) => n !== 'index.html').map((n) => `./${n}`));
await writeFile(join(dir, 'sw.js'), template.replace('__VERSION__', version).replace('__FILES__', list));
// 4. Precompressed copies, at each format's highest setting: they are made once per build,
// so the time goes to the build, not to every visitor. Hosts that do not look for them
// ignore them, and the service worker never lists them.
const plain = (await files(dir)).filter((p) => !/\.(br|gz)$/.test(p));
for (const path of plain) {
  const body = await readFile(path);
  await writeFile(`${path}.gz`, gzipSync(body, { level: 9 }));
  await writeFile(`${path}.br`, brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  }));
}
console.log(`postbuild: ${page}: ${sheets.length} style sheets joined and minified, ${glue.length} script(s) minified; CSP with ${hashes.length} inline script hash(es); ${copied} files of the full build copied in; sw.js precaches ${names.length} files, version ${version}; ${plain.length} files precompressed (.gz, .br)`);
