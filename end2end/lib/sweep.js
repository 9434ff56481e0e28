// One page view through every check: shared by the signed-out sweep and
// the signed-in sweeps.
import assert from 'node:assert/strict';
import { axeProblems, treeProblems, keyboardProblems, reflowProblems, errorFocusProblems, weightProblems } from './checks.js';

/** Checks one page view: status, <html lang>, the accessibility tree,
 *  reflow at 320 px, the keyboard walk (all with JS off), then axe-core on
 *  exactly the HTML the no-JS visitor received. `storageState` carries a
 *  signed-in session. */
export async function checkPage(browser, base, { path, label, post, status = 200, expectError = false, keyboard = true }, locale, display, storageState) {
  const careway = { base };
  const cookies = [
    { name: 'careway_lang', value: locale, url: careway.base },
    { name: 'careway_display', value: display.cookie, url: careway.base },
  ];
  const nojs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1024, height: 768 }, storageState });
  await nojs.addCookies(cookies);
  if (post) {
    // post[2] === 'multipart' sends the fields as multipart/form-data (a
    // form with a file input), as the browser would.
    const r = post[2] === 'multipart'
      ? await nojs.request.post(careway.base + post[0], {
        multipart: Object.fromEntries(new URLSearchParams(post[1])), headers: { 'sec-fetch-site': 'same-origin' }, maxRedirects: 0,
      })
      : await nojs.request.post(careway.base + post[0], {
        data: post[1], headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' }, maxRedirects: 0,
      });
    assert.equal(r.status(), 303, `${label}: POST answered ${r.status()}`);
  }
  const page = await nojs.newPage();
  const res = await page.goto(careway.base + path);
  const problems = [];
  if (res.status() !== status) problems.push(`status ${res.status()}, expected ${status}`);
  const html = await res.text();
  problems.push(...await weightProblems(html, careway.base));
  const lang = await page.evaluate(() => document.documentElement.lang);
  if (lang !== locale) problems.push(`<html lang> is ${lang}, expected ${locale}`);
  const failed = (post && post[1].includes('nonsense')) || expectError;
  if (failed && !html.includes('cw-error-summary')) problems.push('the failed POST did not show an error summary');
  // Focus first: the tree and keyboard checks move it.
  if (failed && html.includes('cw-error-summary')) problems.push(...await errorFocusProblems(page));
  problems.push(...await treeProblems(page));
  problems.push(...await reflowProblems(page));
  if (keyboard) problems.push(...await keyboardProblems(page));
  await nojs.close();

  // axe needs JS, so it runs in a second context on exactly the HTML the
  // no-JS visitor received (a POST's flash is shown only once).
  const js = await browser.newContext({ javaScriptEnabled: true, bypassCSP: true, viewport: { width: 1024, height: 768 }, storageState });
  await js.addCookies(cookies);
  const axePage = await js.newPage();
  await axePage.route(careway.base + path, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await axePage.goto(careway.base + path);
  problems.push(...await axeProblems(axePage, { enhanced: display.enhanced }));
  await js.close();
  return problems.map((p) => `${label} [${locale}, ${display.name}]: ${p}`);
}


/** Follows every same-site link from `start` in `ctx` (JS off), and
 *  returns every path it reached, sorted. The language links only set a
 *  cookie and come back; /assets is CSS; downloads are files. */
export async function crawl(ctx, base, start, { max = 300 } = {}) {
  const page = await ctx.newPage();
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length && seen.size < max) {
    const path = queue.shift();
    const res = await page.goto(base + path);
    assert.ok(res.status() < 400, `${path} answered ${res.status()}`);
    const links = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.href));
    for (const href of links) {
      const u = new URL(href, base);
      if (u.origin !== base) continue;
      if (u.pathname.startsWith('/language/') || u.pathname.startsWith('/assets/')) continue;
      // Downloads (the plan as FHIR JSON or a standalone page, statements,
      // receipts, files and videos sent with messages, BSL videos and
      // captions) are files, not pages.
      if (/\/plan\/export\.(json|html)$|\/statement\.(csv|html)$|\/receipt$|\/messages\/\d+\/files\/\d+$|^\/bsl\/[a-z_]+\/[A-Za-z-]+\//.test(u.pathname)) continue;
      // A BSL player page is the same page whichever page it returns to.
      const p = u.pathname.startsWith('/bsl/') ? u.pathname : u.pathname + u.search;
      if (!seen.has(p)) { seen.add(p); queue.push(p); }
    }
  }
  await page.close();
  return [...seen].sort();
}
