// Takes a screenshot of every page of the release build at phone, laptop and projector
// widths, in light and dark themes, into target/screenshots/. Run after a release build:
//   node tests/e2e/screenshots.js [page-name ...]   (see PAGES below)
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serve } from './lib/server.js';
import { launch, appReady, practise, DIST } from './lib/browser.js';
import { examplePack, BROKEN_PACK } from './lib/packs.js';

// Each page: its address, and what to do before the picture (for states behind an action).
// Plays the handover role-play to an ending by taking the first choice each time.
async function playToEnd(page) {
  for (let i = 0; i < 3; i++) {
    await page.click('.choice >> nth=0');
    await page.waitForFunction((n) => document.querySelectorAll('.turn-feedback').length === n, i + 1);
  }
}

// The example broken twice and checked, then the same with 100 more drills put in as a
// paste leaves them (typing 100 drills would take minutes), one of the two mended.
async function longPackChecked(page, { slowly }) {
  const example = examplePack();
  const broken = example.replace('    next: fix\n', '    next: fixx\n').replace('difficulty: 1', 'difficulty: 4');
  await page.click('text=Start from the example');
  await page.waitForSelector('text=No problems: this pack can be imported.');
  await page.fill('#studio-text', broken);
  await page.waitForSelector('text=2 problems: fix them here, then import.');
  const drill = example.slice(example.indexOf('\ndrill:'), example.indexOf('\nscenario:'));
  let long = broken.replace('difficulty: 4', 'difficulty: 2');
  for (let n = 0; n < 100; n++) long += drill.replaceAll('team-north-', `team-north-${n}-`).replace('I spent two weeks on it.', `I spent two weeks on it, in sprint ${n}.`);
  long = long.replace('team-north-99-quiet-demo', 'team-north-99 quiet-demo');
  if (slowly) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  }
  await page.evaluate((t) => { const a = document.getElementById('studio-text'); a.value = t; a.dispatchEvent(new InputEvent('input', { bubbles: true })); }, long);
}

const MIXED_REPLY = "It sounds exhausting to be online until midnight. Don't worry, you should just turn Slack off after six. Is that right?";
const PAGES = {
  home: { hash: '#/' },
  practice: { hash: '#/practice' },
  drill: { hash: '#/drills/pinged-at-ten' },
  'drill-checked': {
    hash: '#/drills/pinged-at-ten',
    prepare: async (page) => {
      await page.fill('#reply', MIXED_REPLY);
      await page.click('button[type=submit]');
      await page.waitForSelector('.feedback');
    },
  },
  'drill-feelings': {
    hash: '#/drills/pinged-at-ten',
    prepare: async (page) => {
      await page.fill('#reply', "So you're exhausted, and a bit resentful that the midnight pings have become normal. Is that right? Did I miss anything?");
      await page.click('button[type=submit]');
      await page.waitForSelector('.feedback');
    },
  },
  thread: { hash: '#/drills/export-by-march' },
  'thread-checked': {
    hash: '#/drills/export-by-march',
    prepare: async (page) => {
      await page.fill('#reply', "Let me just make sure I've followed this properly: March was promised before the API work was scoped, engineering says it hangs on the vendor's API, and nobody has told the client it may slip. Did I miss anything?");
      await page.click('button[type=submit]');
      await page.waitForSelector('.feedback');
    },
  },
  roleplays: { hash: '#/roleplays' },
  conversation: {
    hash: '#/roleplays/the-handover',
    prepare: async (page) => {
      await page.click('.choice >> nth=0');
      await page.waitForSelector('.turn-feedback');
    },
  },
  'free-text': {
    hash: '#/roleplays/the-handover',
    prepare: async (page) => {
      // Choices come in an order of the run's own: pick the one that leads to the free-text turn.
      await page.click('.choice:has-text("Why didn\'t you get the steps")');
      await page.waitForSelector('#respond');
      await page.fill('#respond', "You asked Jonas twice, in writing, and you're still the one answering for it. That sounds really unfair. Is that where you are?");
      await page.click('text=Say it');
      await page.waitForFunction(() => document.querySelectorAll('.turn-feedback').length === 2);
    },
  },
  'drill-reassurance': {
    hash: '#/drills/pinged-at-ten',
    prepare: async (page) => {
      await page.fill('#reply', "Don't worry, nobody minds if you take a day to reply. You're doing fine.");
      await page.click('button[type=submit]');
      await page.waitForSelector('.feedback');
    },
  },
  debrief: {
    hash: '#/roleplays/the-handover',
    prepare: async (page) => {
      await playToEnd(page);
      await page.waitForSelector('.debrief');
    },
  },
  swap: {
    hash: '#/roleplays/the-handover',
    prepare: async (page) => {
      await playToEnd(page);
      await page.click('text=Swap seats');
      await page.waitForSelector('.swap');
    },
  },
  progress: {
    hash: '#/progress',
    prepare: async (page) => {
      const replies = [
        ['pinged-at-ten', 'It sounds exhausting to be online until midnight. Is that right?'],
        ['async-silence', 'You should post it again next week.'],
        ['role-three-jobs', 'So you are doing product, support and QA without knowing what counts. That sounds unsettling. Is that right?'],
        ['camera-always-on', "Don't worry, everyone has cameras on."],
      ];
      const origin = new URL(page.url()).origin;
      for (const [drill, reply] of replies) await practise(page, origin, drill, reply);
      await page.goto(page.url().replace(/#.*$/, '#/progress'));
      await page.waitForSelector('.history__item');
    },
  },
  workshop: { hash: 'workshop.html#/workshop' },
  projector: { hash: 'workshop.html#/workshop/run' },
  'projector-triads': {
    hash: 'workshop.html#/workshop/run',
    prepare: async (page) => {
      await page.keyboard.press('n');
      await page.keyboard.press('n');
      await page.waitForSelector('.qr svg');
    },
  },
  'projector-room': {
    hash: 'workshop.html#/workshop',
    prepare: async (page) => {
      await page.click('button:has-text("60 minutes")');
      await page.click('text=Open the projector view');
      await page.waitForSelector('.projector');
      await page.keyboard.press('n');
      await page.keyboard.press('n');
      await page.click('.room__choice >> nth=0');
      await page.waitForSelector('.turn-feedback');
    },
  },
  card: { hash: '#/card/the-late-meeting/speaker' },
  'card-observer': { hash: '#/card/the-late-meeting/observer' },
  print: {
    hash: 'workshop.html#/workshop/print',
    prepare: async (page) => {
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ path: join(out, 'print-deck-a4.pdf'), format: 'A4' });
      await page.emulateMedia({ media: 'screen' });
    },
  },
  packs: {
    hash: 'workshop.html#/packs',
    prepare: async (page) => {
      await page.setInputFiles('#pack-file', { name: 'team-north.txt', mimeType: 'text/plain', buffer: Buffer.from(examplePack()) });
      await page.waitForSelector('.pack');
      await page.fill('#pack-text', BROKEN_PACK);
      await page.click('text=Check and import');
      await page.waitForSelector('.pack-report--problems');
    },
  },
  'packs-practice': {
    hash: 'workshop.html#/packs',
    prepare: async (page) => {
      await page.setInputFiles('#pack-file', { name: 'team-north.txt', mimeType: 'text/plain', buffer: Buffer.from(examplePack()) });
      await page.waitForSelector('.pack');
      await page.goto(page.url().replace(/#.*$/, '#/roleplays'));
      await page.locator('.tag--pack').scrollIntoViewIfNeeded();
    },
  },
  'pack-format': { hash: 'workshop.html#/packs/format' },
  studio: {
    hash: 'workshop.html#/packs/edit',
    prepare: async (page) => {
      await page.click('text=Start from the example');
      await page.waitForSelector('text=No problems: this pack can be imported.');
      const text = await page.inputValue('#studio-text');
      await page.fill('#studio-text', text.replace('    next: fix\n', '    next: fixx\n').replace('difficulty: 1', 'difficulty: 4'));
      await page.waitForSelector('.studio__problem');
    },
  },
  // A long pack checked in turns: the progress, told once it has run 2 s, and the last list
  // kept under "Listed from before your last change:" (the page slowed down, so the check
  // is still running when the picture is taken).
  'studio-checking': {
    hash: 'workshop.html#/packs/edit',
    prepare: async (page) => {
      await longPackChecked(page, { slowly: true });
      await page.waitForSelector('.studio__progress:has-text(" parts")');
    },
  },
  // The same once the check is done: the new list in place of the old.
  'studio-checked': {
    hash: 'workshop.html#/packs/edit',
    prepare: async (page) => {
      await longPackChecked(page, { slowly: false });
      // "2 problems" is also the summary before the paste: the new list is the one that
      // names the pasted drill's id, with no note that it is from before, and a summary no
      // longer checking.
      await page.waitForFunction(() => !document.querySelector('.studio__before')
        && !document.querySelector('.studio__summary').textContent.includes('Checking')
        && document.querySelector('.studio__list')?.textContent.includes('team-north-99'));
      await page.waitForSelector('text=2 problems: fix them here, then import.');
    },
  },
  // The example with a beat nothing leads to, so the map shows a problem marked.
  'studio-map': {
    hash: 'workshop.html#/packs/edit',
    prepare: async (page) => {
      await page.click('text=Start from the example');
      await page.waitForSelector('text=No problems: this pack can be imported.');
      const text = await page.inputValue('#studio-text');
      await page.fill('#studio-text', `${text}\nbeat: aside\n  mood: calm\n  says: By the way.\n  thought: Nobody asks.\n  choice: Go on.\n    feedback: Fine.\n    next: wary\n`);
      await page.waitForSelector('.studio-map__item--problem');
      await page.locator('.studio-maps').scrollIntoViewIfNeeded();
    },
  },
  // A play-test of the example under way: a choice taken, a free-text turn coached.
  'studio-play': {
    hash: 'workshop.html#/packs/edit',
    prepare: async (page) => {
      await page.click('text=Start from the example');
      await page.waitForSelector('text=No problems: this pack can be imported.');
      await page.click('button[aria-label="Play from here, beat start"]');
      await page.click('.studio-play .choice >> nth=0');
      await page.fill('#studio-play-reply', "So it's the second time this month, and you lost half a day. That sounds frustrating. Is that right?");
      await page.click('text=Say it');
      await page.waitForSelector('.studio-play .turn-feedback >> nth=1');
      await page.locator('.studio-play').scrollIntoViewIfNeeded();
    },
  },
  privacy: { hash: '#/privacy' },
  'not-found': { hash: '#/no-such-page' },
};
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
  for (const [name, { hash, prepare }] of Object.entries(PAGES)) {
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
        if (prepare) await prepare(page);
        await page.evaluate(() => document.activeElement?.blur());
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
