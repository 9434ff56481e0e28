// Proves the sweep's checks can fail: a deliberately broken page must be
// reported by every one of them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { launch } from '../lib/browser.js';
import { axeProblems, treeProblems, keyboardProblems, reflowProblems, errorFocusProblems, weightProblems, WEIGHT_LIMIT } from '../lib/checks.js';
import { randomBytes } from 'node:crypto';

const broken = readFileSync(new URL('../fixtures/broken.html', import.meta.url));
const good = readFileSync(new URL('../fixtures/good.html', import.meta.url));
let server;
let base;
let browser;

before(async () => {
  server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(req.url === '/good' ? good : broken);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await new Promise((r) => server.close(r));
});

/** Opens `path` in a fresh context and returns what `check` reports there. */
async function problemsOn(path, { js }, check) {
  const ctx = await browser.newContext({ javaScriptEnabled: js, viewport: { width: 1024, height: 768 } });
  try {
    const page = await ctx.newPage();
    await page.goto(base + path);
    return await check(page);
  } finally {
    await ctx.close();
  }
}

test('axe reports an input without a label and low contrast', async () => {
  const problems = await problemsOn('/', { js: true }, (page) => axeProblems(page, { enhanced: true }));
  assert.ok(problems.some((p) => p.includes('axe label')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('axe color-contrast (')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('axe color-contrast-enhanced')), problems.join('\n'));
});

test('the tree check reports two h1s, a skipped heading level, an unnamed control and an image without alt', async () => {
  const problems = await problemsOn('/', { js: false }, treeProblems);
  for (const want of ['expected one h1', 'heading level skips', 'form control without a name', 'image without alt', 'expected one main']) {
    assert.ok(problems.some((p) => p.includes(want)), `missing "${want}" in:\n${problems.join('\n')}`);
  }
});

test('the tree check reports untied hints, missing description ids, unnamed tables without headers and unannounced status', async () => {
  const problems = await problemsOn('/', { js: false }, treeProblems);
  for (const want of ['not tied to its field', 'points at a missing id', 'table has no caption', 'table has no header cells', 'status message is not in a live region']) {
    assert.ok(problems.some((p) => p.includes(want)), `missing "${want}" in:\n${problems.join('\n')}`);
  }
});

test('the error focus check reports an error summary without the focus', async () => {
  const problems = await problemsOn('/', { js: false }, errorFocusProblems);
  assert.ok(problems.some((p) => p.includes('does not have the focus')), problems.join('\n'));
});

test('the keyboard walk reports invisible focus and a backwards tab order', async () => {
  const problems = await problemsOn('/', { js: false }, (page) => keyboardProblems(page));
  assert.ok(problems.some((p) => p.includes('focus is not visible')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('focus order goes backwards')), problems.join('\n'));
});

test('the reflow check reports sideways scrolling at 320 px', async () => {
  const problems = await problemsOn('/', { js: false }, reflowProblems);
  assert.equal(problems.length, 1, problems.join('\n'));
});

test('a good page passes every check, so the checks are not just noisy', async () => {
  const problems = await problemsOn('/good', { js: false }, async (page) => [
    ...await treeProblems(page), ...await keyboardProblems(page), ...await reflowProblems(page),
  ]);
  problems.push(...await problemsOn('/good', { js: true }, (page) => axeProblems(page, { enhanced: true })));
  assert.deepEqual(problems, []);
});

test('the weight check reports a heavy page, a script and an inline handler, and passes a light page', async () => {
  const link = '<link rel="stylesheet" href="/style.css">';
  const light = await weightProblems(`<!DOCTYPE html><html lang="en-GB"><head>${link}</head><body><p>Hello</p></body></html>`, base);
  assert.deepEqual(light, []);
  // Random text does not compress, so this is over the limit after gzip.
  const heavy = await weightProblems(`${link}<p>${randomBytes(WEIGHT_LIMIT).toString('base64')}</p>`, base);
  assert.ok(heavy.some((p) => p.includes('after gzip')), heavy.join('\n'));
  const script = await weightProblems(`${link}<script>alert(1)</script><script src="/x.js"></script>`, base);
  assert.ok(script.some((p) => p.includes('2 script element(s)')), script.join('\n'));
  const handler = await weightProblems(`${link}<button onclick="go()">Go</button>`, base);
  assert.ok(handler.some((p) => p.includes('inline event handler')), handler.join('\n'));
});
