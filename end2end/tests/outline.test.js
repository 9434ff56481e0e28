// What a screen-reader user hears on the key pages, as a text outline
// (lib/outline.js), compared with the golden copies in end2end/outlines/.
// A change to a page's structure shows up here as a diff for a reviewer
// to read. After an intended change, refresh them with:
//
//   UPDATE_OUTLINES=1 node --test tests/outline.test.js
//
// (a missing golden file is a failure, never silently written, in CI).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { startCareway } from '../lib/server.js';
import { launch } from '../lib/browser.js';
import { outline } from '../lib/outline.js';

const DIR = new URL('../outlines/', import.meta.url);
const UPDATE = process.env.UPDATE_OUTLINES === '1' && process.env.CI !== 'true';
const FORM = { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' };

let careway;
let browser;

before(async () => {
  careway = await startCareway();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await careway?.stop();
});

async function signedIn(email) {
  const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1024, height: 768 } });
  await ctx.addCookies([{ name: 'careway_lang', value: 'en-GB', url: careway.base }]);
  const page = await ctx.newPage();
  await page.goto(careway.base + '/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('careway-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForLoadState();
  const html = await page.content();
  const person = html.match(/href="\/people\/(\d+)"/)?.[1];
  await page.close();
  return { ctx, person };
}

async function compare(ctx, name, path, { post } = {}) {
  if (post) {
    const r = await ctx.request.post(careway.base + post[0], { headers: FORM, data: post[1], maxRedirects: 0 });
    assert.equal(r.status(), 303, `${name}: POST answered ${r.status()}`);
  }
  const page = await ctx.newPage();
  const res = await page.goto(careway.base + path);
  assert.equal(res.status(), 200, `${name}: ${path} answered ${res.status()}`);
  const got = await outline(page);
  await page.close();
  const file = new URL(`${name}.txt`, DIR);
  if (UPDATE) {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, got);
    return;
  }
  assert.ok(existsSync(file), `no golden outline ${name}.txt: run UPDATE_OUTLINES=1 node --test tests/outline.test.js and read it`);
  assert.equal(got, readFileSync(file, 'utf8'), `the outline of ${path} changed (end2end/outlines/${name}.txt)`);
}

test('the key pages read as their golden outlines, signed out', async () => {
  const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1024, height: 768 } });
  await ctx.addCookies([{ name: 'careway_lang', value: 'en-GB', url: careway.base }]);
  await compare(ctx, 'home', '/');
  await compare(ctx, 'find-a-practice', '/practices');
  await compare(ctx, 'bsl-home', '/bsl/home');
  await compare(ctx, 'how-to-complain', '/complain');
  await compare(ctx, 'complaint-status-found', '/complain/status/view', { post: ['/complain/status', 'reference=CW-DEMO-2345&code=DEMOCODE'] });
  await compare(ctx, 'display-settings-error', '/settings/display', { post: ['/settings/display', 'text-size=&theme=nonsense'] });
  await ctx.addCookies([{ name: 'careway_display', value: 'standard.default.0.0.1', url: careway.base }]);
  await compare(ctx, 'home-easy-read', '/');
  await ctx.close();
});

test('the key pages read as their golden outlines, for a person', async () => {
  const { ctx, person } = await signedIn('alex@example.org');
  assert.ok(person, 'Alex’s home links to his record');
  await compare(ctx, 'plan', `/people/${person}/plan`);
  await compare(ctx, 'budget-options', `/people/${person}/budget/options`);
  await compare(ctx, 'new-message', `/people/${person}/messages/new`);
  await compare(ctx, 'communication-needs', `/people/${person}/communication`);
  await compare(ctx, 'communication-needs-error', `/people/${person}/communication`, { post: [`/people/${person}/communication`, 'formats=nonsense&large-print-size=x'] });
  await compare(ctx, 'communication-needs-saved', `/people/${person}/communication`, { post: [`/people/${person}/communication`, 'contact=email&formats=large_print&large-print-size=18+point'] });
  await compare(ctx, 'support', `/people/${person}/support`);
  await compare(ctx, 'my-complaints', `/people/${person}/complaints`);
  await compare(ctx, 'new-complaint', `/people/${person}/complaints/new`);
  await ctx.close();
});

test('a deaf person who prefers BSL meets the BSL version first', async () => {
  const { ctx, person } = await signedIn('leah@example.org');
  await compare(ctx, 'messages-bsl-first', `/people/${person}/messages`);
  await compare(ctx, 'support-booked', `/people/${person}/support`);
  const page = await ctx.newPage();
  await page.goto(`${careway.base}/people/${person}/messages/new`);
  // The video field comes before the words for her.
  const order = await page.evaluate(() => [...document.querySelectorAll('input[type=file], textarea')].map((e) => e.name));
  assert.deepEqual(order.slice(0, 2), ['video', 'summary'], order.join(','));
  // The BSL link is the first thing in the main content.
  const first = await page.evaluate(() => document.querySelector('main a[href^="/bsl/"]')?.compareDocumentPosition(document.querySelector('main h1')));
  assert.equal(first & 4, 4, 'the BSL link comes before the heading');
  await page.close();
  await ctx.close();
});
