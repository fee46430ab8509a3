// Takes a screenshot of every page of the release build at phone, laptop and projector
// widths, in light and dark themes, into target/screenshots/. Run after a release build:
//   node tests/e2e/screenshots.js [route-name ...]
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serve } from './lib/server.js';
import { launch, appReady, DIST } from './lib/browser.js';

const PAGES = { home: '#/', privacy: '#/privacy', 'not-found': '#/no-such-page' };
const SIZES = [
  { name: '360', width: 360, height: 780 },
  { name: '1280', width: 1280, height: 800 },
  { name: '1920-large', width: 1920, height: 1080, large: true },
];

const only = process.argv.slice(2);
const out = join(DIST, '..', 'target', 'screenshots');
await mkdir(out, { recursive: true });
const server = await serve(DIST);
const browser = await launch();
try {
  for (const [name, hash] of Object.entries(PAGES)) {
    if (only.length && !only.includes(name)) continue;
    for (const size of SIZES) {
      for (const scheme of ['light', 'dark']) {
        const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, colorScheme: scheme });
        if (size.large) {
          await context.addInitScript(() =>
            localStorage.setItem('rapport.settings', '{"schema":1,"data":{"large_text":true}}'));
        }
        const page = await context.newPage();
        await page.goto(`${server.origin}/${hash}`);
        await appReady(page);
        const file = join(out, `${name}-${size.name}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
