// Workshop mode, as a facilitator runs it: a 45-minute plan, the projector view with its
// timer and shortcuts, a role card opened by its link on a second device, the observer's
// checklist, a room role-play, a shared plan link, and the printed deck as a PDF.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedSetup, watchedPage, appReady, settled, noViolations } from '../lib/browser.js';

const shared = sharedSetup();

const seconds = (text) => {
  const [m, s] = text.trim().replace('−', '-').split(':').map(Number);
  return m * 60 + s;
};
const timeLeft = async (page) => seconds(await page.textContent('.timer__time'));

test('a facilitator plans 45 minutes, runs the timer, opens a role card and ticks the checklist', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin, { viewport: { width: 1920, height: 1080 } });
  await page.goto(`${shared.origin}/workshop.html#/workshop`);
  await appReady(page);
  // Start from the 90-minute plan, then choose the 45-minute one.
  await page.click('button:has-text("90 minutes")');
  assert.match(await page.textContent('.plan__total'), /8 activities, 90 minutes in total/);
  await page.click('button:has-text("45 minutes")');
  assert.match(await page.textContent('.plan__total'), /4 activities, 45 minutes in total/);
  // Reordering by keyboard: focus follows the moved step; at the top "Move up" stays focusable.
  const titles = () => page.locator('.plan__step h3').allTextContents();
  const order = await titles();
  await page.focus('#step-0-down');
  await page.keyboard.press('Enter');
  await page.waitForFunction((t) => document.querySelector('.plan__step h3').textContent === t, order[1]);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'step-1-down');
  await page.focus('#step-1-up');
  await page.keyboard.press('Enter');
  await page.waitForFunction((t) => document.querySelector('.plan__step h3').textContent === t, order[0]);
  assert.deepEqual(await titles(), order);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'step-0-up');
  assert.equal(await page.getAttribute('#step-0-up', 'aria-disabled'), 'true');
  await page.fill('#plan-name', 'Team North: listening');
  await page.fill('#step-0-minutes', '7');
  await page.press('#step-0-minutes', 'Tab');
  assert.match(await page.textContent('.plan__total'), /47 minutes in total/);
  await page.fill('#step-0-minutes', '5');
  await page.press('#step-0-minutes', 'Tab');
  assert.match(await page.textContent('.plan__total'), /45 minutes in total/);
  await page.click('.plan__step >> nth=2 >> summary');
  assert.match(await page.textContent('.plan__step >> nth=2 >> .notes'), /3 rounds of 6:00/);
  await noViolations(page, 'plan');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('rapport.workshop')).data.plan);
  assert.equal(stored.title, 'Team North: listening');
  assert.equal(stored.steps.length, 4);

  await page.click('text=Open the projector view');
  await page.waitForSelector('.projector');
  assert.equal(await page.textContent('main h1'), 'Opening check-in');
  assert.equal(await timeLeft(page), 300);
  assert.match(await page.textContent('.shortcuts'), /Space\s*start or pause/);
  const pressed = Date.now();
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('.timer__state').textContent === 'Running');
  // The display refreshes four times a second and may lag a tick behind the clock, so wait
  // for what a facilitator would see: the time going down by two seconds, then check it has
  // not jumped (a timer counting from the wrong timestamp would).
  await page.waitForFunction(() => {
    const [m, s] = document.querySelector('.timer__time').textContent.trim().split(':').map(Number);
    return m * 60 + s <= 298;
  }, null, { timeout: 10000 });
  const running = await timeLeft(page);
  const elapsed = (Date.now() - pressed) / 1000;
  assert.ok(running >= 300 - Math.ceil(elapsed), `counted down to ${running} after ${elapsed} s`);
  // The timer runs from timestamps: a reload keeps it running where it was.
  await page.reload();
  await page.waitForSelector('.timer__time');
  await settled(page);
  assert.equal(await page.textContent('.timer__state'), 'Running');
  assert.ok(await timeLeft(page) <= running);
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('.timer__state').textContent === 'Paused');
  const paused = await timeLeft(page);
  await page.waitForTimeout(1500);
  assert.equal(await timeLeft(page), paused, 'a paused timer stands still');
  await page.keyboard.press('+');
  await page.waitForFunction((p) => document.querySelector('.timer__time').textContent.startsWith(String(Math.floor((p + 60) / 60))), paused);
  assert.equal(await timeLeft(page), paused + 60);
  await noViolations(page, 'projector');

  await page.keyboard.press('n');
  await page.waitForFunction(() => document.querySelector('main h1').textContent.startsWith('Drill round'));
  assert.equal(await timeLeft(page), 600);
  await page.click('text=Show a model answer');
  await page.waitForSelector('.model-answers, .models');
  await page.click('.projector__nav >> text=Next');
  await page.waitForFunction(() => document.querySelector('main h1').textContent.startsWith('Listening triads'));
  assert.match(await page.textContent('.timer__label'), /Round 1 of 3/);
  assert.equal(await page.locator('.qr svg').count(), 3);
  assert.match(await page.textContent('.rotation'), /A\s*Speaker\s*B\s*Listener\s*C\s*Observer/);
  await noViolations(page, 'projector triads');
  // Nothing private on the projector: the speaker's hidden thoughts stay on the card.
  assert.doesNotMatch(await page.textContent('main'), /What you do not say/);
  await page.keyboard.press('n');
  await page.waitForFunction(() => /Round 2 of 3/.test(document.querySelector('.timer__label').textContent));
  assert.match(await page.textContent('.rotation'), /A\s*Observer\s*B\s*Speaker\s*C\s*Listener/);
  await page.keyboard.press('p');
  await page.waitForFunction(() => /Round 1 of 3/.test(document.querySelector('.timer__label').textContent));

  // A participant opens the observer card from its link, on another device.
  const link = await page.getAttribute('.qr >> nth=2 >> a', 'href');
  assert.match(link, /^http:\/\/.+\/#\/card\/the-late-meeting\/observer$/);
  const phone = await watchedPage(shared.browser, shared.origin, { viewport: { width: 360, height: 780 } });
  await phone.page.goto(link);
  await appReady(phone.page);
  assert.equal(await phone.page.textContent('main h1'), 'Observer card');
  await phone.page.click('.checklist__tick:has-text("Named the feeling")');
  await phone.page.click('.checklist__tick:has-text("Named the feeling")');
  await phone.page.click('.checklist__tick:has-text("Gave advice")');
  await phone.page.waitForFunction(() => /Helped: 2 · Got in the way: 1/.test(document.querySelector('.checklist__totals').textContent));
  assert.equal(await phone.page.textContent('.checklist__tick:has-text("Named the feeling")'), 'Named the feeling, tally 2');
  // What helped and what got in the way are told apart in words, not by colour alone.
  assert.deepEqual(await phone.page.$$eval('.checklist__group', (h) => h.map((x) => x.textContent)), ['✓ Helped', '✗ Got in the way']);
  await phone.page.click('button[aria-label="Gave advice: take one away"]');
  await phone.page.waitForFunction(() => /Got in the way: 0/.test(document.querySelector('.checklist__totals').textContent));
  // At zero the button is unavailable but keeps focus, rather than dropping it to the top of the page.
  assert.equal(await phone.page.getAttribute('button[aria-label="Gave advice: take one away"]', 'aria-disabled'), 'true');
  assert.equal(await phone.page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Gave advice: take one away');
  await phone.page.keyboard.press('Enter');
  assert.match(await phone.page.textContent('.checklist__totals'), /Got in the way: 0/, 'pressing it again does nothing');
  const tallies = await phone.page.evaluate(() => JSON.parse(localStorage.getItem('rapport.checklist')).data.counts);
  assert.deepEqual(tallies, { feeling: 2 });
  const wide = await phone.page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 360, `the card is ${wide}px wide`);
  await noViolations(phone.page, 'observer card');
  assert.deepEqual(phone.page.problems, []);
  await phone.context.close();

  assert.deepEqual(page.problems, []);
  await context.close();
});

test('Space starts or pauses the timer even when the Next button has focus', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin, { viewport: { width: 1280, height: 800 } });
  await page.goto(`${shared.origin}/workshop.html#/workshop/run`);
  await appReady(page);
  await page.waitForSelector('.projector');
  const title = () => page.textContent('main h1');
  const state = (s) => page.waitForFunction((s) => document.querySelector('.timer__state').textContent === s, s);
  await page.click('.projector__nav >> text=Next');
  await page.waitForFunction(() => document.querySelector('main h1').textContent.startsWith('Drill round'));
  const drill = await title();
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Next', 'a clicked button keeps focus');
  await page.keyboard.press('Space');
  await state('Running');
  assert.equal(await title(), drill, 'Space did not skip an activity');
  await page.keyboard.press('Space');
  await state('Paused');
  assert.equal(await title(), drill);
  // On the timer's own button, Space toggles once, not once for the shortcut and once for the button.
  await page.focus('.timer__controls button >> nth=0');
  await page.keyboard.press('Space');
  await state('Running');
  await page.waitForTimeout(300);
  assert.equal(await page.textContent('.timer__state'), 'Running');
  // The other shortcuts do what they say from a focused button too.
  await page.focus('.projector__nav >> text=Previous');
  await page.keyboard.press('n');
  await page.waitForFunction((t) => document.querySelector('main h1').textContent !== t, drill);
  assert.match(await title(), /^Listening triads/);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a ready-made plan does not silently replace an edited one', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin, { viewport: { width: 1280, height: 800 } });
  await page.goto(`${shared.origin}/workshop.html#/workshop`);
  await appReady(page);
  await page.fill('#plan-name', 'Team North: listening');
  await page.click('button:has-text("60 minutes")');
  assert.equal(await page.inputValue('#plan-name'), 'Team North: listening', 'the typed title is still there');
  assert.match(await page.textContent('.plan__total'), /4 activities, 45 minutes in total/);
  // The page asks, in the page, with focus on the question.
  await page.waitForSelector('.confirm-replace');
  assert.match(await page.textContent('.confirm-replace'), /Team North: listening/);
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('confirm-replace')), true);
  await noViolations(page, 'replace confirmation');
  await page.click('.confirm-replace >> text=Keep my plan');
  assert.equal(await page.locator('.confirm-replace').count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement.textContent), '60 minutes', 'focus goes back');
  assert.equal(await page.inputValue('#plan-name'), 'Team North: listening');
  // Escape keeps the plan too.
  await page.keyboard.press('Enter');
  await page.waitForSelector('.confirm-replace');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('.confirm-replace'));
  assert.equal(await page.evaluate(() => document.activeElement.textContent), '60 minutes');
  // Replacing is one more, deliberate click.
  await page.keyboard.press('Enter');
  await page.click('.confirm-replace >> text=Replace it');
  await page.waitForFunction(() => /5 activities, 60 minutes in total/.test(document.querySelector('.plan__total').textContent));
  assert.equal(await page.inputValue('#plan-name'), 'Trust in remote work: 60-minute session');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), '60 minutes');
  // A ready-made plan nobody edited is simply swapped.
  await page.click('button:has-text("90 minutes")');
  assert.match(await page.textContent('.plan__total'), /8 activities, 90 minutes in total/);
  assert.equal(await page.locator('.confirm-replace').count(), 0);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('step buttons are named after their activity, and the total follows the minutes shown', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin, { viewport: { width: 360, height: 800 } });
  await page.goto(`${shared.origin}/workshop.html#/workshop`);
  await appReady(page);
  const name = await page.textContent('.plan__step >> nth=2 >> h3');
  assert.match(name, /^Listening triads: /);
  assert.equal(await page.getAttribute('#step-2-up', 'aria-label'), `Move up: ${name}`);
  assert.equal(await page.getAttribute('#step-2-down', 'aria-label'), `Move down: ${name}`);
  assert.equal(await page.getAttribute('#step-2-remove', 'aria-label'), `Remove: ${name}`);
  // Two activities of the same name are told apart by their place.
  await page.selectOption('#add-kind', 'break');
  await page.click('.plan__add button');
  await page.click('.plan__add button');
  assert.equal(await page.getAttribute('#step-4-remove', 'aria-label'), 'Remove: Break, activity 5');
  assert.equal(await page.getAttribute('#step-5-remove', 'aria-label'), 'Remove: Break, activity 6');
  await page.click('#step-5-remove');
  await page.click('#step-4-remove');
  // An emptied or out-of-range minutes field shows what the plan counts, so the total adds up.
  const fields = async () => {
    const values = await page.locator('.field--minutes input').evaluateAll((all) => all.map((i) => i.value));
    return values.map(Number).reduce((a, b) => a + b, 0);
  };
  await page.fill('#step-0-minutes', '');
  await page.press('#step-0-minutes', 'Tab');
  assert.equal(await page.inputValue('#step-0-minutes'), '5');
  assert.match(await page.textContent('.plan__total'), /45 minutes in total/);
  assert.equal(await fields(), 45);
  await page.fill('#step-0-minutes', '0');
  await page.press('#step-0-minutes', 'Tab');
  await page.waitForFunction(() => /41 minutes in total/.test(document.querySelector('.plan__total').textContent));
  assert.equal(await page.inputValue('#step-0-minutes'), '1');
  await page.fill('#step-0-minutes', '1');
  await page.press('#step-0-minutes', 'Tab');
  await page.fill('#step-0-minutes', '0');
  await page.press('#step-0-minutes', 'Tab');
  assert.equal(await page.inputValue('#step-0-minutes'), '1', 'a value the plan clamps to what it had is shown clamped');
  assert.equal(await fields(), 41);
  assert.match(await page.textContent('.plan__total'), /41 minutes in total/);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('the room plays a scenario on the projector and reaches the debrief', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin, { viewport: { width: 1280, height: 800 } });
  // The room's choices are shuffled per run: a fixed random number keeps this path the same.
  await context.addInitScript(() => { Math.random = () => 0.25; });
  await page.goto(`${shared.origin}/workshop.html#/workshop`);
  await appReady(page);
  await page.click('button:has-text("60 minutes")');
  await page.click('text=Open the projector view');
  await page.waitForSelector('.projector');
  await page.keyboard.press('n');
  await page.keyboard.press('n');
  await page.waitForFunction(() => document.querySelector('main h1').textContent.startsWith('Room role-play'));
  for (let turn = 0; turn < 12; turn++) {
    if (await page.locator('#room-debrief').count()) break;
    if (await page.locator('#room-reply').count()) {
      await page.fill('#room-reply', "It sounds like you're worried the date can't hold and you need me to hear that. Is that right?");
      await page.click('text=Say it');
    } else {
      await page.click('.room__choice >> nth=0');
    }
    await page.waitForFunction((n) => document.querySelectorAll('.turn-feedback').length === n, turn + 1);
    if (turn === 0) {
      // Next then Previous: the room's run is where it was, and the activity starts at the top.
      const said = await page.textContent('.room');
      await page.evaluate(() => window.scrollTo(0, 300));
      await page.keyboard.press('n');
      await page.waitForFunction(() => !document.querySelector('main h1').textContent.startsWith('Room role-play'));
      await page.keyboard.press('p');
      await page.waitForFunction(() => document.querySelector('main h1').textContent.startsWith('Room role-play'));
      assert.equal(await page.textContent('.room'), said, 'N then P keeps the room role-play');
      assert.equal(await page.evaluate(() => window.scrollY), 0, 'the activity starts at its top');
    }
  }
  await page.waitForSelector('#room-debrief');
  assert.equal(await page.textContent('.bubble--me .bubble__who'), 'The room', "the room's answers are the room's");
  assert.ok(await page.locator('.debrief svg').count() >= 1, 'the map is shown');
  await noViolations(page, 'room debrief');
  await page.click('text=Take back the last answer');
  await page.waitForFunction(() => !document.querySelector('#room-debrief'));
  // Presenting: no site navigation, the session's title, the sound's state in words.
  assert.equal(await page.isVisible('.site-header'), false);
  assert.match(await page.textContent('.projector__where'), /^Trust in remote work: 60-minute session · Activity 3 of 5/);
  assert.match(await page.textContent('.timer__sound'), /^Sound: (on|off)$/);
  assert.match(await page.textContent('.room__situation'), /The room is talking with Grace Wanjiru.*Trust: (guarded|strained|warming|strong|broken)/);

  // Going back to the start of a session under way asks first.
  await page.click('text=Back to the plan');
  await page.waitForSelector('#plan-title');
  await page.click('text=Back to the first activity');
  await page.waitForSelector('#reset-title');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-labelledby')), 'reset-title', 'focus moves to the question');
  assert.match(await page.textContent('#reset-text'), /at activity 3 of 5/);
  await page.click('text=Stay where we are');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Back to the first activity');
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('rapport.workshop')).data.step), 2, 'nothing was reset');
  await page.click('text=Back to the first activity');
  await page.click('text=Go back to the start');
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('rapport.workshop')).data.step === 0);
  assert.equal(await page.locator('#reset-title').count(), 0);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('a shared plan link opens the same plan on another device; a broken one says why', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  await page.goto(`${shared.origin}/workshop.html#/workshop`);
  await appReady(page);
  await page.click('button:has-text("90 minutes")');
  await page.click('.plan__step >> nth=1 >> text=Remove');
  assert.match(await page.textContent('.plan__total'), /7 activities, 80 minutes/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'step-1-remove', 'focus moves to the step that took its place');
  const link = await page.inputValue('#plan-link');
  assert.match(link, /#\/workshop\/plan\/[A-Za-z0-9_-]+$/);

  const other = await watchedPage(shared.browser, shared.origin);
  await other.page.goto(link);
  await appReady(other.page);
  assert.match(await other.page.textContent('main'), /7 activities, 80 minutes in total/);
  // A first-time visitor has no plan of their own to lose.
  assert.doesNotMatch(await other.page.textContent('main'), /replaces|Keep my plan/);
  await noViolations(other.page, 'shared plan');
  await other.page.click('text=Use this plan');
  await other.page.waitForFunction(() => location.hash === '#/workshop');
  assert.match(await other.page.textContent('.plan__total'), /7 activities, 80 minutes/);
  // Someone who made or edited a plan is told it would be replaced.
  await page.goto(`${shared.origin}/workshop.html#/workshop/plan/${link.split('/plan/')[1]}`);
  await page.waitForSelector('text=Use this plan');
  assert.match(await page.textContent('main'), /Using it replaces your current plan, “Trust in remote work: 90-minute session” \(7 activities\)/);
  assert.equal(await page.isVisible('text=Keep my plan'), true);

  await other.page.goto(`${shared.origin}/workshop.html#/workshop/plan/bm90IGEgcGxhbg`);
  await other.page.waitForSelector('.notice--problem');
  assert.match(await other.page.textContent('.notice--problem'), /incomplete or was changed/);
  assert.deepEqual(other.page.problems, []);
  await other.context.close();
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('the printed deck puts one card per half page, without navigation', async () => {
  const { context, page } = await watchedPage(shared.browser, shared.origin);
  await page.goto(`${shared.origin}/workshop.html#/workshop/print`);
  await appReady(page);
  // Notes for 4 activities, 3 role cards and a checklist for the triad, one drill prompt.
  assert.equal(await page.locator('.print-card').count(), 9);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.site-header'), false);
  assert.equal(await page.isVisible('.print-intro'), false);
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.ok(pages >= 4 && pages <= 6, `${pages} A4 pages for 9 half-page cards`);
  const letter = await page.pdf({ format: 'Letter' });
  const letterPages = (letter.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.equal(letterPages, pages, 'A4 and Letter fit the same two cards per sheet');
  assert.deepEqual(page.problems, []);
  await context.close();
});
