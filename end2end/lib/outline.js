// A page's text outline, as a screen reader walks it: landmarks, then
// inside the main landmark every heading, link, button, form field (with
// its name and its description: hint and error), table (name and headers),
// list (with the words of items that are only words), live region, image
// and video, in reading order. Golden copies live in
// end2end/outlines/, so a reviewer can read what a screen-reader user
// hears, and a change shows in the diff.
//
// Dates, times and other numbers change with the day the demo data was
// made, so they are masked: "12 March 2027" is <date>, "14:05" is <time>,
// and any other number is #.

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr';

export function mask(s) {
  return s
    .replace(new RegExp(`\\b\\d{1,2} (${MONTHS}) \\d{4}\\b`, 'g'), '<date>')
    .replace(/\b\d{1,2}(:|\.)\d{2}\s?(am|pm)?\b/g, '<time>')
    .replace(/\d+([.,]\d+)*/g, '#');
}

/** The outline's lines (unmasked). Works with JS off. */
export async function outlineLines(page) {
  return page.evaluate(() => {
    const text = (s) => (s || '').replace(/\s+/g, ' ').trim();
    const hidden = (el) => {
      if (el.closest('[hidden],[aria-hidden="true"]')) return true;
      const s = getComputedStyle(el);
      return s.display === 'none' || s.visibility === 'hidden';
    };
    const byIds = (ids) => text((ids || '').split(/\s+/).map((id) => document.getElementById(id)?.textContent || '').join(' '));
    const nameOf = (el) => {
      if (el.getAttribute('aria-labelledby')) return byIds(el.getAttribute('aria-labelledby'));
      if (el.getAttribute('aria-label')) return text(el.getAttribute('aria-label'));
      if (el.tagName === 'FIELDSET') return text(el.querySelector('legend')?.textContent);
      if (el.tagName === 'TABLE') return text(el.querySelector('caption')?.textContent);
      if (el.tagName === 'IMG') return text(el.getAttribute('alt'));
      if (el.id) {
        const l = document.querySelector(`label[for="${CSS.escape(el.id)}"]`);
        if (l) return text(l.textContent);
      }
      const wrap = el.closest('label');
      if (wrap) return text(wrap.textContent);
      if (el.tagName === 'INPUT' && ['submit', 'button'].includes(el.type)) return text(el.value);
      return text(el.textContent);
    };
    const landmark = (el) => {
      const role = el.getAttribute('role');
      if (role && ['banner', 'navigation', 'main', 'contentinfo', 'complementary', 'region', 'search'].includes(role)) return role;
      const inSection = el.parentElement?.closest('main,article,aside,nav,section');
      switch (el.tagName) {
        case 'HEADER': return inSection ? null : 'banner';
        case 'FOOTER': return inSection ? null : 'contentinfo';
        case 'NAV': return 'navigation';
        case 'MAIN': return 'main';
        case 'ASIDE': return 'complementary';
        case 'SECTION': return el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') ? 'region' : null;
        default: return null;
      }
    };
    const fieldRole = (el) => {
      if (el.tagName === 'SELECT') return 'combobox';
      if (el.tagName === 'TEXTAREA') return 'textbox (multi-line)';
      const t = el.type;
      if (t === 'checkbox' || t === 'radio') return t;
      if (t === 'file') return 'file upload';
      if (['submit', 'button', 'reset'].includes(t)) return 'button';
      return 'textbox';
    };
    const lines = [];
    const walk = (el, depth, inMain) => {
      for (const child of el.children) {
        if (hidden(child)) continue;
        const pad = '  '.repeat(depth);
        const lm = landmark(child);
        if (lm) {
          const name = (lm === 'main' && !child.getAttribute('aria-label')) ? '' : nameOf(child);
          const named = ['navigation', 'region', 'complementary', 'search'].includes(lm) && name ? ` "${name}"` : '';
          if (lm === 'main' || inMain) {
            lines.push(`${pad}[${lm}${named}]`);
            walk(child, depth + 1, true);
          } else {
            const links = child.querySelectorAll('a[href]').length;
            lines.push(`${pad}[${lm}${named}]${links ? ` (${links} links)` : ''}`);
            walk(child, depth + 1, false);
          }
          continue;
        }
        const tag = child.tagName;
        if (/^H[1-6]$/.test(tag)) { lines.push(`${pad}h${tag[1]} ${text(child.textContent)}`); continue; }
        if (!inMain) { walk(child, depth, false); continue; }
        const role = child.getAttribute('role');
        if (role === 'alert' || role === 'status') {
          lines.push(`${pad}${role}: ${text(child.textContent)}`);
          continue;
        }
        if (tag === 'A' && child.hasAttribute('href')) { lines.push(`${pad}link ${nameOf(child)}`); continue; }
        if (tag === 'BUTTON') { lines.push(`${pad}button ${nameOf(child)}`); continue; }
        if (tag === 'TABLE') {
          const cols = child.querySelectorAll('th[scope="col"], thead th').length;
          const rows = child.querySelectorAll('th[scope="row"], tbody th').length;
          lines.push(`${pad}table "${nameOf(child)}": ${cols} column headers, ${rows} row headers`);
          continue;
        }
        if (tag === 'FIELDSET') {
          const d = byIds(child.getAttribute('aria-describedby'));
          lines.push(`${pad}group "${nameOf(child)}"${d ? ` — ${d}` : ''}`);
          walk(child, depth + 1, true);
          continue;
        }
        if (['INPUT', 'SELECT', 'TEXTAREA'].includes(tag) && child.type !== 'hidden') {
          const d = byIds(child.getAttribute('aria-describedby'));
          const state = [child.checked ? 'checked' : '', child.getAttribute('aria-invalid') === 'true' ? 'invalid' : ''].filter(Boolean).join(', ');
          lines.push(`${pad}${fieldRole(child)} "${nameOf(child)}"${state ? ` (${state})` : ''}${d ? ` — ${d}` : ''}`);
          continue;
        }
        if (tag === 'IMG') { const alt = child.getAttribute('alt'); if (alt) lines.push(`${pad}image ${alt}`); continue; }
        if (tag === 'VIDEO') {
          const tracks = [...child.querySelectorAll('track[kind="captions"]')].map((t) => t.label || t.srclang);
          lines.push(`${pad}video${child.hasAttribute('controls') ? ' with controls' : ''}${child.hasAttribute('autoplay') ? ', autoplays' : ''}${tracks.length ? `, captions: ${tracks.join(', ')}` : ''}`);
          continue;
        }
        if (tag === 'UL' || tag === 'OL') {
          const items = [...child.children].filter((li) => li.tagName === 'LI' && !hidden(li));
          lines.push(`${pad}list (${items.length} items)${child.getAttribute('aria-label') ? ` "${text(child.getAttribute('aria-label'))}"` : ''}`);
          for (const li of items) {
            // An item of words is read as words; an item with controls or
            // headings is walked into.
            if (li.querySelector('a[href],button,input,select,textarea,h1,h2,h3,h4,h5,h6,table')) {
              walk(li, depth + 1, true);
            } else {
              const alt = [...li.querySelectorAll('img[alt]')].map((i) => i.getAttribute('alt')).filter(Boolean);
              lines.push(`${pad}  item: ${alt.length ? `[image: ${alt.join(', ')}] ` : ''}${text(li.textContent)}`);
            }
          }
          continue;
        }
        if (tag === 'LABEL' || tag === 'LEGEND' || tag === 'CAPTION') continue;
        walk(child, depth, inMain);
      }
    };
    walk(document.body, 0, false);
    return lines;
  });
}

export async function outline(page) {
  // A heading's level is structure, not a number to mask.
  const lines = (await outlineLines(page)).map((l) => l.replace(/^(\s*h\d )?([\s\S]*)$/, (m, level, rest) => (level || '') + mask(rest)));
  return lines.join('\n') + '\n';
}
