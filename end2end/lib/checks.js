// The checks every page must pass. Each returns a list of problems (strings);
// an empty list means the page passed. harness-can-fail.test.js proves each
// check reports a deliberately broken page.
import AxeBuilder from '@axe-core/playwright';
import { gzipSync } from 'node:zlib';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe-core in a JS-enabled page. `enhanced` adds the AAA 7:1 contrast rule,
 *  which the two high contrast themes must pass. */
export async function axeProblems(page, { enhanced = false } = {}) {
  const rules = { 'target-size': { enabled: true } };
  if (enhanced) rules['color-contrast-enhanced'] = { enabled: true };
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).options({ rules }).analyze();
  // Rules switched on in options run even outside the tags (so the AAA
  // color-contrast-enhanced rule runs when asked for).
  const violations = results.violations;
  return violations.map((v) => `axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** The accessibility tree as a screen reader meets it. Runs with JS off
 *  (Playwright's evaluate works regardless). */
export async function treeProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const visible = (el) => {
      const s = getComputedStyle(el);
      return s.display !== 'none' && s.visibility !== 'hidden' && !el.closest('[hidden],[aria-hidden="true"]');
    };
    const mains = document.querySelectorAll('main, [role="main"]');
    if (mains.length !== 1) problems.push(`expected one main landmark, found ${mains.length}`);
    const h1s = [...document.querySelectorAll('h1')].filter(visible);
    if (h1s.length !== 1) problems.push(`expected one h1, found ${h1s.length}`);
    if (h1s[0] && !h1s[0].textContent.trim()) problems.push('the h1 is empty');
    let last = 0;
    for (const h of document.querySelectorAll('h1,h2,h3,h4,h5,h6')) {
      const level = Number(h.tagName[1]);
      if (last && level > last + 1) problems.push(`heading level skips from h${last} to h${level}: "${h.textContent.trim()}"`);
      last = level;
    }
    if (last === 0) problems.push('no headings');
    const nameOf = (el) => {
      const byIds = (ids) => ids.split(/\s+/).map((id) => document.getElementById(id)?.textContent || '').join(' ');
      if (el.getAttribute('aria-labelledby')) return byIds(el.getAttribute('aria-labelledby')).trim();
      if (el.getAttribute('aria-label')) return el.getAttribute('aria-label').trim();
      if (el.id) {
        const l = document.querySelector(`label[for="${CSS.escape(el.id)}"]`);
        if (l && l.textContent.trim()) return l.textContent.trim();
      }
      const wrap = el.closest('label');
      if (wrap && wrap.textContent.trim()) return wrap.textContent.trim();
      if (el.tagName === 'BUTTON') return el.textContent.trim();
      if (el.tagName === 'INPUT' && ['submit', 'button', 'reset'].includes(el.type)) return (el.value || '').trim();
      return (el.getAttribute('title') || '').trim();
    };
    for (const el of document.querySelectorAll('input:not([type=hidden]), select, textarea, button')) {
      if (!nameOf(el)) problems.push(`form control without a name: <${el.tagName.toLowerCase()} name="${el.getAttribute('name') || ''}">`);
    }
    for (const a of document.querySelectorAll('a[href]')) {
      if (!(a.textContent.trim() || a.getAttribute('aria-label') || a.querySelector('img[alt]:not([alt=""])'))) problems.push(`link without text: ${a.getAttribute('href')}`);
    }
    for (const img of document.querySelectorAll('img')) {
      if (!img.hasAttribute('alt')) problems.push(`image without alt: ${img.getAttribute('src')}`);
    }
    // Descriptions: every aria-describedby points at something, and every
    // hint or error message in a form group is tied to a field there.
    for (const el of document.querySelectorAll('[aria-describedby]')) {
      for (const id of el.getAttribute('aria-describedby').split(/\s+/).filter(Boolean)) {
        if (!document.getElementById(id)) problems.push(`aria-describedby points at a missing id "${id}" on <${el.tagName.toLowerCase()} name="${el.getAttribute('name') || ''}">`);
      }
    }
    for (const note of document.querySelectorAll('.cw-hint[id], .cw-error-message[id]')) {
      const group = note.closest('.cw-form-group, fieldset, form');
      if (!group) continue;
      const tied = [...group.querySelectorAll('[aria-describedby]'), ...(group.matches('[aria-describedby]') ? [group] : [])]
        .some((el) => el.getAttribute('aria-describedby').split(/\s+/).includes(note.id));
      if (!tied) problems.push(`a hint or error is not tied to its field with aria-describedby: "${note.textContent.trim().slice(0, 60)}"`);
    }
    for (const note of document.querySelectorAll('.cw-form-group .cw-hint:not([id]), .cw-form-group .cw-error-message:not([id])')) {
      problems.push(`a hint or error has no id, so no field can point at it: "${note.textContent.trim().slice(0, 60)}"`);
    }
    // Tables: named (caption or label) and with header cells.
    for (const table of document.querySelectorAll('table')) {
      if (!visible(table)) continue;
      const named = table.querySelector('caption')?.textContent.trim() || table.getAttribute('aria-label') || table.getAttribute('aria-labelledby');
      if (!named) problems.push('a table has no caption or name');
      if (!table.querySelector('th')) problems.push(`a table has no header cells: "${(named || '').slice(0, 60)}"`);
    }
    // Status messages (success banners) are announced: a live region.
    for (const banner of document.querySelectorAll('.cw-notification-banner--success')) {
      const role = banner.getAttribute('role');
      if (!['alert', 'status'].includes(role) && !banner.getAttribute('aria-live')) problems.push(`a status message is not in a live region: "${banner.textContent.trim().slice(0, 60)}"`);
    }
    if (!document.documentElement.lang) problems.push('<html> has no lang');
    if (!document.title.trim()) problems.push('the page has no title');
    return problems;
  });
}

/** After a failed submit the error summary has the focus (autofocus, no
 *  JS), so a screen reader reads it first. */
export async function errorFocusProblems(page) {
  // Chromium moves focus to an autofocus element at its next rendering
  // update, which can come after "load" on a busy machine: give it up to
  // two seconds, then judge. A summary that never gets the focus still fails.
  await page.waitForFunction(() => {
    const summary = document.querySelector('.cw-error-summary');
    return !summary || document.activeElement === summary;
  }, null, { timeout: 2000 }).catch(() => {});
  return page.evaluate(() => {
    const summary = document.querySelector('.cw-error-summary');
    if (!summary) return ['there is no error summary'];
    return document.activeElement === summary ? [] : [`the error summary does not have the focus (focus is on <${document.activeElement?.tagName.toLowerCase()}>)`];
  });
}

/** Tabs through the page with the keyboard: every stop must show a visible
 *  focus indicator, and stops must follow DOM order. */
export async function keyboardProblems(page, { maxStops = 80 } = {}) {
  const problems = [];
  // Styles of every focusable element before it has focus, for comparison.
  await page.evaluate(() => {
    document.activeElement?.blur?.();
    // The parts of an element's style a focus indicator can change.
    window.__cwFocusLook = (el) => {
      const s = getComputedStyle(el);
      return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.textDecorationLine, s.borderColor].join('|');
    };
    window.__cwBefore = new Map();
    for (const el of document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')) {
      window.__cwBefore.set(el, window.__cwFocusLook(el));
    }
  });
  const seen = [];
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      const now = window.__cwFocusLook(el);
      const before = window.__cwBefore.get(el);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && !/rgba\(.*, 0\)$/.test(s.outlineColor);
      const r = el.getBoundingClientRect();
      const all = [...document.querySelectorAll('*')];
      return {
        index: all.indexOf(el),
        // A native media player's own buttons take focus one after another
        // while the element itself stays the active one.
        media: el.tagName === 'VIDEO' || el.tagName === 'AUDIO',
        desc: `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}> ${(el.textContent || el.getAttribute('name') || '').trim().slice(0, 40)}`,
        visible: outline || (before !== undefined && before !== now),
        onScreen: r.width > 0 && r.height > 0,
      };
    });
    if (!stop) break;
    if (stop.media && seen.length && stop.index === seen[seen.length - 1].index) continue; // inside the player
    if (seen.length && stop.index === seen[0].index) break; // wrapped round
    if (seen.some((s) => s.index === stop.index)) break;
    if (!stop.visible) problems.push(`focus is not visible on ${stop.desc}`);
    if (!stop.onScreen) problems.push(`focus lands on something with no size: ${stop.desc}`);
    if (seen.length && stop.index < seen[seen.length - 1].index) problems.push(`focus order goes backwards at ${stop.desc}`);
    seen.push(stop);
  }
  if (seen.length === 0) problems.push('nothing on the page takes keyboard focus');
  return problems;
}

/** WCAG 1.4.10: at 320 CSS px wide nothing scrolls sideways. */
export async function reflowProblems(page) {
  const old = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  const r = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth }));
  if (old) await page.setViewportSize(old);
  return r.sw > r.cw ? [`scrolls horizontally at 320 px: content is ${r.sw} px wide`] : [];
}

/** Page weight, which is deterministic: at most 60 KB of HTML plus CSS
 *  after gzip, and 0 bytes of JavaScript (no script element, inline or
 *  linked, and no inline event handler). The stylesheet is fetched once. */
export const WEIGHT_LIMIT = 60 * 1024;
const cssSizes = new Map();
export async function weightProblems(html, base) {
  const problems = [];
  const href = html.match(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/)?.[1]
    ?? html.match(/<link[^>]+href="([^"]+\.css)"/)?.[1];
  let css = 0;
  if (href) {
    if (!cssSizes.has(href)) {
      const r = await fetch(new URL(href, base));
      cssSizes.set(href, gzipSync(Buffer.from(await r.arrayBuffer())).length);
    }
    css = cssSizes.get(href);
  } else {
    problems.push('no stylesheet link');
  }
  const total = gzipSync(Buffer.from(html)).length + css;
  if (total > WEIGHT_LIMIT) problems.push(`weighs ${total} bytes of HTML and CSS after gzip (limit ${WEIGHT_LIMIT})`);
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)];
  const js = scripts.reduce((n, m) => n + Buffer.byteLength(m[1]) + (/\bsrc=/.test(m[0]) ? 1 : 0), 0);
  if (scripts.length) problems.push(`${scripts.length} script element(s), ${js} bytes of JavaScript`);
  if (/<[^>]+\son[a-z]+=/i.test(html)) problems.push('an inline event handler');
  return problems;
}
