// Loads two builds ten times each, in turn, in headless Chromium and prints the median
// time to first render (the app's first element in the page) and to interactive (the app
// has started and a click is handled). Usage: node tests/e2e/startup.js RAPPORT_DIST COUNTER_DIST
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
      console.debug('startup measured');
    });
    answered.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    el.click();
  };
  addEventListener('TrunkApplicationStarted', () => {
    window.__startup.started = performance.now();
    click();
  });
};

// One load of `dist` in a fresh context: its first-render and interactive times.
async function load(browser, origin, selector, clickable) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(probe, [selector, clickable]);
  const page = await context.newPage();
  // The page says when it is done, on the console: Playwright's own waiting evaluates its
  // injected script in the page, a 15 to 20 ms task that landed in the middle of a start
  // still under way (Rapport's) but after one already done (the counter's).
  const measured = new Promise((resolve) => page.on('console', (m) => m.text() === 'startup measured' && resolve()));
  await page.goto(`${origin}/`, { waitUntil: 'commit' });
  // Never resolves (and Node's test timeout is not involved: this is a benchmark) when the
  // click never changes the page.
  await measured;
  const s = await page.evaluate(() => window.__startup);
  await context.close();
  return s;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// The two builds are loaded in turn, so a change in the shared machine's load falls on
// both alike rather than on whichever ran second.
async function measure(browser) {
  const builds = [
    { dist: rapport, selector: 'header.site-header', clickable: 'button.text-size' },
    { dist: counter, selector: 'main button', clickable: 'main button' },
  ];
  const servers = await Promise.all(builds.map((b) => serve(b.dist)));
  const times = builds.map(() => ({ render: [], interactive: [] }));
  for (let i = 0; i < RUNS; i++) {
    for (const [k, b] of builds.entries()) {
      const s = await load(browser, servers[k].origin, b.selector, b.clickable);
      times[k].render.push(s.render);
      times[k].interactive.push(s.interactive);
    }
  }
  await Promise.all(servers.map((s) => s.close()));
  return times.map((t) => ({ render: median(t.render), interactive: median(t.interactive) }));
}

const browser = await launch();
try {
  const [app, base] = await measure(browser);
  const row = (name, m) => `${name.padEnd(10)} first render ${m.render.toFixed(1).padStart(7)} ms   interactive ${m.interactive.toFixed(1).padStart(7)} ms`;
  console.log(`median of ${RUNS} loads in headless Chromium, release builds served from 127.0.0.1`);
  console.log(row('Rapport', app));
  console.log(row('counter', base));
  console.log(`ratio      first render ${(app.render / base.render).toFixed(2)}x   interactive ${(app.interactive / base.interactive).toFixed(2)}x   (target <= 1.5x)`);
} finally {
  await browser.close();
}
