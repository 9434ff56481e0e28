// The browser sweep: every page Careway links to, crawled from the home page
// (so new pages join automatically), in every language and display setting,
// with JavaScript disabled. Each page must pass axe-core with 0 violations,
// the accessibility-tree checks, the keyboard walk and reflow at 320 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startCareway } from '../lib/server.js';
import { launch } from '../lib/browser.js';
import { checkPage, crawl } from '../lib/sweep.js';

const LOCALES = ['en-GB', 'cy'];
// size.theme.spacing.motion, as the display settings cookie stores it.
const ALL_DISPLAYS = [
  { name: 'default', cookie: 'standard.default.0.0', enhanced: false },
  { name: 'high contrast dark', cookie: 'standard.contrast-dark.0.0', enhanced: true },
  { name: 'high contrast light', cookie: 'standard.contrast-light.0.0', enhanced: true },
  { name: 'largest text with extra spacing', cookie: 'largest.default.1.1', enhanced: false },
];
// The display settings do not depend on the database, so the PostgreSQL
// run of this sweep (SWEEP_DISPLAYS=default in test.sh) checks the default
// display only; the SQLite run checks all four.
const DISPLAYS = process.env.SWEEP_DISPLAYS === 'default' ? ALL_DISPLAYS.slice(0, 1) : ALL_DISPLAYS;
const MAX_PAGES = 300;

let careway;
let browser;
let paths; // every page the crawl reached, shared by the tests below
let practiceIds; // the practices in the directory

before(async () => {
  careway = await startCareway();
  browser = await launch();
  paths = await crawlPublic();
  practiceIds = paths.map((p) => p.match(/^\/practices\/(\d+)$/)?.[1]).filter(Boolean);
});

after(async () => {
  await browser?.close();
  await careway?.stop();
});

/** Every page reachable from the home page, with JS off. */
async function crawlPublic() {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const paths = await crawl(ctx, careway.base, '/', { max: MAX_PAGES });
  await ctx.close();
  return paths;
}

/** Pages in states a link cannot reach: a form after a failed POST, after a
 *  successful one, and the not-found page. */
function statefulPages(display) {
  const [size, theme, spacing, motion] = display.cookie.split('.');
  const extras = [spacing === '1' ? 'extras=spacing' : '', motion === '1' ? 'extras=reduced-motion' : ''].filter(Boolean);
  return [
    { label: '/settings/display (after a failed save)', path: '/settings/display',
      post: ['/settings/display', 'text-size=&theme=nonsense'] },
    { label: '/settings/display (after a save)', path: '/settings/display',
      post: ['/settings/display', [`text-size=${size}`, `theme=${theme}`, ...extras].join('&')] },
    { label: '/no-such-page (404)', path: '/no-such-page', status: 404 },
    { label: 'practices filtered to nothing (advice)', path: '/practices?group=older_mental_health&only=accepting' },
    { label: 'practices filtered and sorted by wait', path: '/practices?only=bsl&only=accepting&sort=wait' },
    { label: 'three practices compared', path: `/practices/compare?${practiceIds.slice(0, 3).map((id) => `id=${id}`).join('&')}` },
    { label: 'a comparison of one (error)', path: `/practices/compare?id=${practiceIds[0]}`, expectError: true },
    { label: 'a complaint with nothing filled in (after a failed POST)', path: '/complain/new', post: ['/complain/new', 'kind=nonsense&route=&what=', 'multipart'], expectError: true },
    { label: 'check your answers', path: '/complain/check', post: ['/complain/new', `kind=complaint&route=council&practice=${practiceIds[0]}&council=1&what=The+visit+was+cancelled.&contact-email=me%40example.org`, 'multipart'] },
    { label: 'a complaint status that finds nothing (after a failed POST)', path: '/complain/status', post: ['/complain/status', 'reference=CW-NONE-2222&code=nonsense'], expectError: true },
    { label: 'the demo complaint found by reference and code', path: '/complain/status/view', post: ['/complain/status', 'reference=CW-DEMO-2345&code=DEMOCODE'] },
  ];
}

test('every page passes axe, the tree, keyboard and reflow checks in every language and display setting, with JS off', async () => {
  assert.ok(practiceIds.length >= 6, `the directory links to every practice: ${paths.join(', ')}`);
  for (const must of ['/', '/settings/display', '/help', '/contact', '/accessibility', '/privacy', '/practices', '/complain', '/complain/new', '/complain/status', '/bsl/complain']) {
    assert.ok(paths.includes(must), `the crawl did not reach ${must}: ${paths.join(', ')}`);
  }
  const failures = [];
  let checked = 0;
  for (const locale of LOCALES) {
    for (const display of DISPLAYS) {
      const pages = [...paths.map((p) => ({ path: p, label: p })), ...statefulPages(display)];
      for (const p of pages) {
        failures.push(...await checkPage(browser, careway.base, p, locale, display));
        checked++;
      }
    }
  }
  console.log(`swept ${checked} page views (${paths.length} pages + states, ${LOCALES.length} languages, ${DISPLAYS.length} display settings)`);
  assert.deepEqual(failures, [], `\n${failures.join('\n')}`);
});

test('content is in the HTML with JavaScript off, and no page needs a script', async () => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  for (const path of paths) {
    await page.goto(careway.base + path);
    const h1 = await page.evaluate(() => document.querySelector('main h1')?.textContent.trim() || '');
    assert.ok(h1.length > 0, `${path}: no h1 text with JS off`);
    const text = await page.evaluate(() => document.querySelector('main').innerText);
    assert.ok(!/Loading/i.test(text), `${path}: shows a loading state with JS off`);
  }
  await ctx.close();
});

test('a complaint without an account is sent through check your answers, and followed with its reference and code', async () => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(careway.base + '/complain');
  await page.getByRole('link', { name: 'Make a complaint or give feedback' }).click();
  await page.getByLabel('Make a complaint').check();
  await page.getByLabel('Which practice is it about?').selectOption({ index: 1 });
  await page.getByLabel('The council that commissions the practice').check();
  await page.getByLabel('Which council? (only if you send it to the council)').selectOption({ index: 1 });
  await page.getByLabel('What happened?').fill('Nobody came to my visit.\nI waited all morning.');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(careway.base + '/complain/check');
  assert.match(await page.locator('main').innerText(), /Nobody came to my visit/);
  await page.getByRole('button', { name: 'Send' }).click();
  await page.waitForURL(careway.base + '/complain/done');
  const text = await page.locator('main').innerText();
  const reference = text.match(/CW-[A-Z0-9]{4}-[A-Z0-9]{4}/)[0];
  const code = text.match(/check code is ([A-Z0-9]{8})/)[1];
  await page.goto(careway.base + '/complain/status');
  await page.getByLabel('Reference').fill(reference);
  await page.getByLabel('Check code').fill(code);
  await page.getByRole('button', { name: 'Check' }).click();
  await page.waitForURL(careway.base + '/complain/status/view');
  assert.match(await page.locator('main').innerText(), /Received on/);
  await ctx.close();
});

test('the display settings form works end to end without JavaScript', async () => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(careway.base + '/settings/display');
  await page.getByLabel('High contrast, dark').check();
  await page.getByLabel('Largest').check();
  await page.getByRole('button', { name: 'Save display settings' }).click();
  await page.waitForURL(careway.base + '/settings/display');
  const cls = await page.evaluate(() => document.documentElement.className);
  assert.match(cls, /cw-theme-contrast-dark/);
  assert.match(cls, /cw-size-largest/);
  assert.equal(await page.getByRole('alert').count(), 1);
  // Switching language keeps the person on the same page.
  await page.getByRole('link', { name: 'Cymraeg' }).click();
  await page.waitForURL(careway.base + '/settings/display');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'cy');
  await ctx.close();
});

test('the comparison is a real table, wide and at 320 px, and a person can find and compare with the keyboard and no JS', async () => {
  const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1024, height: 768 } });
  const page = await ctx.newPage();
  await page.goto(careway.base + '/practices');
  assert.match(await page.getByRole('heading', { level: 2, name: /practices found/ }).innerText(), /^6 practices found$/);
  // Find: a filter through the GET form, then tick three and compare.
  await page.getByLabel('Council area').selectOption({ label: 'Oakhaven County Council (demo)' });
  await page.getByRole('button', { name: 'Show practices' }).press('Enter');
  await page.waitForURL(/council=/);
  assert.match(await page.getByRole('heading', { level: 2, name: /practices found/ }).innerText(), /^4 practices found$/);
  for (const name of ['Clearview Sight Loss Practice (demo)', 'Elm Tree Practice for Older People (demo)', 'Northgate Deaf and Sensory Practice (demo)']) {
    await page.getByLabel(`Compare ${name}`).check();
  }
  await page.getByRole('button', { name: 'Compare ticked practices' }).click();
  await page.waitForURL(/\/practices\/compare\?/);
  const wide = page.getByRole('table', { name: '3 practices side by side' });
  assert.equal(await wide.count(), 1, 'the comparison table is named by its caption');
  assert.equal(await wide.getByRole('columnheader').count(), 3, 'a column per practice');
  assert.equal(await wide.getByRole('rowheader').count(), 14, 'a row header for each attribute and figure');
  await page.setViewportSize({ width: 320, height: 640 });
  assert.equal(await page.getByRole('table', { name: '3 practices side by side' }).count(), 0, 'the wide table is not shown at 320 px');
  const stacked = page.getByRole('table');
  assert.equal(await stacked.count(), 3, 'one table per practice at 320 px');
  for (let i = 0; i < 3; i++) assert.equal(await stacked.nth(i).getByRole('rowheader').count(), 14, 'the same information');
  const sw = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(sw <= 320, `no sideways scrolling at 320 px (${sw})`);
  await ctx.close();
});
