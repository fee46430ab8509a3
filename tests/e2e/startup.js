// Loads two builds ten times each in headless Chromium and prints the median time to first
// render (the app's first element in the page) and to interactive (the app has started and
// a click is handled). Usage: node tests/e2e/startup.js RAPPORT_DIST COUNTER_DIST
import { serve } from './lib/server.js';
import { launch } from './lib/browser.js';

const [rapport, counter] = process.argv.slice(2);
const RUNS = 10;

// Records, in the page, when the first app element appears (first render), and when a
// click on `clickable`, sent as soon as the app has started and the element exists, first
// changes the page (interactive).
const probe = ([selector, clickable]) => {
  window.__startup = {};
  const seen = () => {
    if (!window.__startup.render && document.querySelector(selector)) window.__startup.render = performance.now();
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
  const click = () => {
    const el = document.querySelector(clickable);
    if (!el) return setTimeout(click, 0);
    const answered = new MutationObserver(() => {
      window.__startup.interactive ??= performance.now();
      answered.disconnect();
    });
    answered.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    el.click();
  };
  addEventListener('TrunkApplicationStarted', () => {
    window.__startup.started = performance.now();
    click();
  });
};

async function measure(browser, dist, selector, clickable) {
  const server = await serve(dist);
  const renders = [];
  const interactive = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await context.addInitScript(probe, [selector, clickable]);
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    // Fails (times out) when the click never changes the page.
    await page.waitForFunction(() => window.__startup.render && window.__startup.interactive);
    const s = await page.evaluate(() => window.__startup);
    renders.push(s.render);
    interactive.push(s.interactive);
    await context.close();
  }
  await server.close();
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { render: median(renders), interactive: median(interactive) };
}

const browser = await launch();
try {
  const app = await measure(browser, rapport, 'header.site-header', 'button.text-size');
  const base = await measure(browser, counter, 'main button', 'main button');
  const row = (name, m) => `${name.padEnd(10)} first render ${m.render.toFixed(1).padStart(7)} ms   interactive ${m.interactive.toFixed(1).padStart(7)} ms`;
  console.log(`median of ${RUNS} loads in headless Chromium, release builds served from 127.0.0.1`);
  console.log(row('Rapport', app));
  console.log(row('counter', base));
  console.log(`ratio      first render ${(app.render / base.render).toFixed(2)}x   interactive ${(app.interactive / base.interactive).toFixed(2)}x   (target <= 1.5x)`);
} finally {
  await browser.close();
}
