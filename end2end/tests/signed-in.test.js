// The signed-in sweeps: sign in as each demo role (staff with their
// two-step code), crawl every page that role can reach, and put each page
// through the same checks as the public sweep, in both languages and in a
// dark high-contrast theme (7:1), plus form pages after a failed POST. JS
// off. (The public sweep covers every display setting on shared pages.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startCareway } from '../lib/server.js';
import { launch } from '../lib/browser.js';
import { checkPage, crawl } from '../lib/sweep.js';
import { totp } from '../lib/totp.js';

const DEMO_PASSWORD = 'careway-demo-2026';
const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const VARIANTS = [
  ['en-GB', { name: 'default', cookie: 'standard.default.0.0', enhanced: false }],
  ['cy', { name: 'high contrast dark', cookie: 'standard.contrast-dark.0.0', enhanced: true }],
];
// Swept signed out already, and the same for everyone.
const PUBLIC = new Set(['/', '/help', '/contact', '/accessibility', '/privacy', '/settings/display']);
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

/** Signs in through the real forms; returns the context's storage state. */
async function signIn(email, staff) {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(careway.base + '/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (staff) {
    await page.waitForURL(careway.base + '/sign-in/code');
    await page.getByLabel('Enter your security code').fill(totp(DEMO_TOTP_SECRET));
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await page.waitForLoadState();
  const url = new URL(page.url());
  assert.ok(!url.pathname.startsWith('/sign-in'), `${email} did not get past sign-in (${url.pathname})`);
  return { ctx, page, home: url.pathname };
}

// The directory and practice profiles are swept signed out; signed in,
// only the person's sweep visits them (with "ask to move" and review links).
const DIRECTORY = /^\/practices(\/\d+)?(\?|$)/;

async function sweepRole(email, { staff = false, prepare, states = () => [], must = [], only, directory = false }) {
  const { ctx, home } = await signIn(email, staff);
  if (prepare) await prepare(ctx);
  // `only` keeps a role's sweep to the pages another role's sweep does
  // not already cover (the same views with other people's data).
  const paths = (await crawl(ctx, careway.base, home, { max: 200 }))
    .filter((p) => !PUBLIC.has(p) && (!only || only.test(p)) && (directory || !DIRECTORY.test(p)));
  for (const m of must) assert.ok(paths.some((p) => p.startsWith(m)), `${email}: the crawl did not reach ${m}: ${paths.join(', ')}`);
  const storageState = await ctx.storageState();
  const failures = [];
  let checked = 0;
  for (const [i, [locale, display]] of VARIANTS.entries()) {
    for (const p of [...paths.map((x) => ({ path: x, label: x })), ...states(paths)]) {
      // The keyboard walk does not change with language or colours.
      const opts = { keyboard: i === 0 };
      failures.push(...(await checkPage(browser, careway.base, { ...p, ...opts }, locale, display, storageState)).map((f) => `${email}: ${f}`));
      checked++;
    }
  }
  await ctx.close();
  console.log(`${email}: swept ${checked} page views (${paths.length} pages)`);
  return failures;
}

const failedPost = (label, path, body) => ({ label: `${label} (after a failed POST)`, path, post: [path, body], expectError: true });
// A form with file inputs, sent as the browser sends it (text fields only).
const failedUpload = (label, path, body) => ({ ...failedPost(label, path, body), post: [path, body, 'multipart'] });

/** Every video on the page plays only when asked, and one with captions
 *  carries its <track kind="captions">. */
async function checkVideos(ctx, path, { captions }) {
  const page = await ctx.newPage();
  await page.goto(careway.base + path);
  const videos = page.locator('video');
  const n = await videos.count();
  assert.ok(n > 0, `${path}: no video`);
  for (let i = 0; i < n; i++) {
    const v = videos.nth(i);
    assert.equal(await v.getAttribute('autoplay'), null, `${path}: a video plays by itself`);
    assert.notEqual(await v.getAttribute('controls'), null, `${path}: a video has no controls`);
    if (captions) assert.equal(await v.locator('track[kind="captions"]').count(), 1, `${path}: video ${i + 1} has no captions track`);
  }
  await page.close();
  return n;
}

/** The ids of the people linked from `path` (a caseload, or a home page). */
async function peopleOn(ctx, path) {
  const html = await (await ctx.request.get(careway.base + path)).text();
  return [...new Set([...html.matchAll(/href="\/people\/(\d+)"/g)].map((m) => m[1]))];
}

/** Fills and sends a form on `path` through the page, as a person would. */
async function sendForm(ctx, path, fill, button) {
  const page = await ctx.newPage();
  await page.goto(careway.base + path);
  await fill(page);
  await page.getByRole('button', { name: button }).click();
  await page.waitForLoadState();
  await page.close();
}

test('the person’s pages pass every check', async () => {
  const failures = await sweepRole('alex@example.org', {
    directory: true,
    must: ['/people/', '/account/sessions', '/account/two-step'],
    // The plan with a comment on it: said through the real form.
    prepare: async (ctx) => {
      const [alex] = await peopleOn(ctx, '/');
      assert.ok(alex, 'the person’s home links to their record');
      // The practice Alex may move to, offered as a radio on the switch page.
      const sw = await (await ctx.request.get(`${careway.base}/people/${alex}/switch`)).text();
      brooksideId = sw.match(/value="(\d+)"[^>]*>\s*<label[^>]*>Brookside Practice \(demo\)/)?.[1] || sw.match(/name="to"[^>]*value="(\d+)"/)[1];
      const dir = await (await ctx.request.get(`${careway.base}/practices`)).text();
      riversideId = dir.match(/href="\/practices\/(\d+)">Riverside/)[1];
      await sendForm(ctx, `/people/${alex}/plan/support`, async (page) => {
        await page.getByLabel('I don\'t agree with this').check();
        await page.getByLabel('Your words').fill('I need support in the evenings too.\nMornings are fine.');
      }, 'Send');
      // The budget options are a real table to a screen reader: named by
      // its caption, one column header per option, one row header per aspect.
      const page = await ctx.newPage();
      await page.goto(`${careway.base}/people/${alex}/budget/options`);
      const table = page.getByRole('table', { name: 'The ways your budget can be paid, side by side' });
      assert.equal(await table.count(), 1, 'the comparison table is named by its caption');
      assert.equal(await table.getByRole('columnheader').count(), 5, 'one column header per option');
      assert.equal(await table.getByRole('rowheader').count(), 6, 'one row header per aspect');
      await page.close();
    },
    states: (paths) => {
      const record = paths.find((p) => /^\/people\/\d+$/.test(p));
      for (const p of ['messages', 'messages/new', 'communication', 'support', 'complaints', 'complaints/new', 'switch', 'plan/review', 'plan/comments', 'plan/versions', 'budget/options', 'budget/options/easy-read', 'budget/choose', 'budget/account', 'budget/account/spend', 'budget/account/returns', 'budget/account/returns/2026-Q3']) {
        assert.ok(paths.includes(`${record}/${p}`), `the person reaches ${p}`);
      }
      const choose = `${record}/budget/choose`;
      // Each step of choosing, reached by answering the one before; then sent.
      const step = (label, path, post) => ({ label: `choosing: ${label}`, path, post });
      return [
        { ...failedPost('record spending', `${record}/budget/account/spend`, 'on=31&on-month=2&on-year=2026&payee=&category=nonsense&amount=-3&outcome=nonsense'),
          post: [`${record}/budget/account/spend`, 'on=31&on-month=2&on-year=2026&payee=&category=nonsense&amount=-3&outcome=nonsense', 'multipart'] },
        ...paths.filter((p) => /\/budget\/account\/spends\/\d+$/.test(p)).slice(0, 1)
          .map((p) => ({ ...failedPost('add a missing receipt', p, 'nothing=here'), post: [p, 'nothing=here', 'multipart'] })),
        failedPost('choosing: how to pay', choose, 'option=nonsense'),
        // The quarterly return with a question: a failed answer, then answered.
        failedPost('answer a question on a return', `${record}/budget/account/returns/2026-Q3`, 'action=answer&message=+'),
        { label: 'a return answered', path: `${record}/budget/account/returns/2026-Q3`, post: [`${record}/budget/account/returns/2026-Q3`, 'action=answer&message=September+only.'] },
        step('who manages it', `${choose}/manager`, [choose, 'option=direct_payment']),
        failedPost('choosing: who manages it', `${choose}/manager`, 'manager=nonsense&manager-name='),
        step('what you understand', `${choose}/checks`, [`${choose}/manager`, 'manager=person']),
        step('questions', `${choose}/questions`, [`${choose}/checks`, 'checks=what_it_means']),
        step('check your answers', `${choose}/check`, [`${choose}/questions`, 'questions=Can+I+pay+my+neighbour%3F&talk=phone']),
        step('sent', `${record}/budget`, [`${choose}/check`, `idem=${'e'.repeat(64)}`]),
        failedUpload('start a conversation', `${record}/messages/new`, 'subject=nonsense&body=&subject-text=%3Cscript%3E'),
        ...paths.filter((p) => /\/messages\/\d+$/.test(p)).slice(0, 1).flatMap((thread) => [
          failedUpload('reply to a message', thread, 'body=+'),
          { label: 'a message sent', path: thread, post: [thread, `idem=${'f'.repeat(64)}&body=Thank+you.%0AI+will+look+for+the+receipt.`, 'multipart'] },
        ]),
        failedPost('communication needs', `${record}/communication`, 'formats=nonsense&large-print-size=20+point&notes=%3Cscript%3E'),
        { label: 'communication needs saved', path: `${record}/communication`, post: [`${record}/communication`, 'contact=email&formats=large_print&large-print-size=18+point'] },
        failedPost('ask for an interpreter', `${record}/support`, `idem=${'c'.repeat(64)}&kind=nonsense&occasion=review&wanted-on=40&wanted-on-month=13&wanted-on-year=1`),
        failedUpload('make a complaint', `${record}/complaints/new`, 'kind=nonsense&route=&what='),
        { label: 'check your complaint', path: `${record}/complaints/check`, post: [`${record}/complaints/new`, 'kind=complaint&route=council&what=My+calls+are+not+returned.', 'multipart'] },
        failedPost('ask to move practice', `${record}/switch`, 'to=nonsense&reason=%3Cscript%3E'),
        { label: 'a move to another practice asked for', path: `${record}/switch`, post: [`${record}/switch`, `idem=${'d'.repeat(64)}&to=${brookside(paths)}&consent=yes&reason=Closer+to+college`] },
        { label: 'reviewing Riverside (reviewed already)', path: `/practices/${riversideId}/review` },
        { label: 'reviewing a practice that never supported them (403)', path: `/practices/${brookside()}/review`, status: 403 },
        failedPost('comment on a section', `${record}/plan/needs`, 'kind=nonsense&body='),
        failedPost('ask for an early review', `${record}/plan/review`, 'reason=&contact=nonsense'),
        failedPost('invite a carer', `${record}/carers/new`, 'name=&email=not-an-email&scopes=%3Cscript%3E'),
        failedPost('change password', '/account/password', 'current-password=&new-password=short'),
        failedPost('change email', '/account/email', 'new-email=&current-password='),
      ];
    },
  });
  assert.deepEqual(failures, [], `\n${failures.join('\n')}`);
});

test('the carer’s pages pass every check', async () => {
  const failures = await sweepRole('sam@example.org', {
    must: ['/acting-for', '/people/'],
    // Sam helps two people: act for the first, through the real form.
    prepare: async (ctx) => {
      const page = await ctx.newPage();
      await page.goto(careway.base + '/acting-for');
      await page.getByRole('radio').first().check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForLoadState();
      const text = await page.locator('.cw-acting-for').innerText();
      assert.match(text, /You are acting for/);
      const person = new URL(page.url()).pathname;
      await page.close();
      // Sam asks for an early review for Alex (the plan scope allows it).
      await sendForm(ctx, `${person}/plan/review`, async (p) => {
        await p.getByLabel('Why do you want an early review?').fill('Alex’s sight has got worse since the summer.');
        await p.getByLabel('Through my carer').check();
      }, 'Ask for a review');
    },
    states: (paths) => {
      assert.ok(paths.some((p) => /^\/people\/\d+\/messages\/\d+$/.test(p)), `the carer reaches the messages they may read: ${paths.join(', ')}`);
      const mine = paths.find((p) => /^\/people\/\d+\/messages\/new$/.test(p));
      assert.ok(mine, 'the carer may write for the person');
      return [
        failedPost('acting for', '/acting-for', 'person=nonsense'),
        failedUpload('start a conversation for someone', mine, 'subject=other&subject-text=&body='),
      ];
    },
  });
  assert.deepEqual(failures, [], `\n${failures.join('\n')}`);
});

test('the social worker’s pages pass every check', async () => {
  const failures = await sweepRole('priya@example.org', {
    staff: true,
    must: ['/caseload', '/people/'],
    // A draft of the next version, so its task list, sections, items and
    // "check" page are all crawled. (Grace, with no plan, stays empty.)
    prepare: async (ctx) => {
      for (const id of await peopleOn(ctx, '/caseload')) {
        const plan = await (await ctx.request.get(`${careway.base}/people/${id}/plan`)).text();
        if (!plan.includes('Change the plan (start a new version)')) continue;
        const r = await ctx.request.post(`${careway.base}/people/${id}/plan/draft`, { headers: FORM, data: '', maxRedirects: 0 });
        assert.equal(r.status(), 303);
      }
    },
    states: (paths) => {
      const record = paths.find((p) => /^\/people\/\d+$/.test(p));
      const draft = paths.find((p) => /^\/people\/\d+\/plan\/draft$/.test(p) && paths.includes(`${p}/check`));
      const answer = paths.find((p) => /^\/people\/\d+\/plan\/comments\/\d+$/.test(p));
      const review = paths.find((p) => /^\/people\/\d+\/plan\/review\/\d+$/.test(p));
      const decide = paths.find((p) => /^\/people\/\d+\/budget\/requests\/\d+$/.test(p));
      assert.ok(draft && answer && review && decide, `the worker reaches the draft, a comment, a review request and a budget choice: ${paths.join(', ')}`);
      assert.ok(paths.some((p) => /\/budget\/discussions$/.test(p)), 'the worker reaches the record of the discussion');
      assert.ok(paths.includes('/messages') && paths.includes('/messages/away'), 'the worker reaches the inbox and away periods');
      const thread = paths.find((p) => /^\/people\/\d+\/messages\/\d+$/.test(p));
      assert.ok(thread, 'the worker reaches a conversation');
      return [
        { label: 'the inbox, overdue only', path: '/messages?show=overdue' },
        { label: 'the inbox, a search that finds nothing (empty)', path: '/messages?show=all&q=nothing+matches+this' },
        failedUpload('reply to a person', thread, 'body=&summary=A+summary+with+no+video'),
        failedPost('set an away period', '/messages/away', 'starts-on=40&starts-on-month=13&starts-on-year=1&ends-on=&ends-on-month=&ends-on-year='),
        { label: 'an away period saved', path: '/messages/away', post: ['/messages/away', awayForm(20, 22)] },
        failedPost('answer a budget choice', decide, 'decision=nonsense&note='),
        failedPost('check a quarterly return', `${record}/budget/account/returns/2026-Q3`, 'action=decide&decision=nonsense&message='),
        failedPost('record legal access', `${record}/carers/legal`, 'name=&email=&basis=nonsense&review-due=40&review-due-month=13&review-due-year=1'),
        failedPost('add support to the draft', `${draft}/support`, 'revision=1&what=%3Cscript%3E&provider=&how-often=&hours=lots&cost=-3&direct-payment=nonsense&meets=nonsense'),
        failedPost('about the plan', `${draft}/about`, 'revision=1&plan-type=nonsense&what-matters=&next-review=31&next-review-month=2&next-review-year=2027'),
        failedPost('budget', `${draft}/budget`, 'revision=1&budget-total=abc&budget-explanation=&contribution=-1&dp-frequency=nonsense'),
        failedPost('publish', `${draft}/check`, 'revision=1&agreed-on=&agreed-with='),
        failedPost('answer a comment', answer, 'answer='),
        failedPost('update a review request', review, 'status=nonsense&booked-for=40'),
        { label: 'a stale draft form (two workers)', path: `${draft}/advice`, post: [`${draft}/advice`, 'revision=0&advice=&contingency=Call+the+duty+team'], expectError: true },
      ];
    },
  });
  assert.deepEqual(failures, [], `\n${failures.join('\n')}`);
});

test('the practice manager’s pages pass every check', async () => {
  const failures = await sweepRole('jordan@example.org', {
    staff: true,
    must: ['/caseload', '/practice/staff', '/practice/audit', '/practice/settings', '/practice/profile', '/practice/reviews', '/practice/switches', '/practice/bsl', '/complaints', '/messages', '/people/'],
    prepare: async (ctx) => {
      const html = await (await ctx.request.get(`${careway.base}/practice/reviews`)).text();
      reviewIdsSeen.push(...[...html.matchAll(/action="\/practice\/reviews\/(\d+)"/g)].map((m) => m[1]));
    },
    // The records of the practice's people are the social worker's views
    // (swept above); the manager's own pages, and each record's front page
    // with its "allocate" link, are swept here.
    // The BSL library's upload page is the same form for every slot: one.
    only: /^\/(caseload|complaints|practice\/(?!bsl\/)|practice\/bsl\/home\/en-GB$|messages|people\/\d+(\/allocate)?$)/,
    states: (paths) => {
      const allocate = paths.find((p) => /^\/people\/\d+\/allocate$/.test(p));
      assert.ok(allocate, 'the manager can reach an allocation page');
      return [
        failedPost('invite staff', '/practice/staff', 'name=&email=x&role=nonsense'),
        failedPost('allocate', allocate, 'worker=nonsense'),
        failedPost('practice settings', '/practice/settings', 'reply-target=nonsense&relay-name=&relay-url=javascript%3Aalert(1)'),
        failedUpload('upload a BSL version', '/practice/bsl/home/en-GB', 'transcript='),
        ...paths.filter((p) => /^\/complaints\/\d+$/.test(p)).slice(0, 1).map((p) => failedPost('record an answer with no words', p, 'state=response_sent&note=&assign=nonsense')),
        { label: 'the complaints queue, resolved too', path: '/complaints?show=all' },
        failedPost('the practice profile', '/practice/profile', 'name=&summary=%3Cscript%3E&organisation-type=nonsense&accepting=maybe&wait-weeks=-3&website=javascript%3Aalert(1)&email=not-an-email'),
        ...reviewIds().slice(0, 1).map((rid) => ({ label: 'reject a review without a reason (after a failed POST)', path: '/practice/reviews', post: [`/practice/reviews/${rid}`, `action=reject&review=${rid}`], expectError: true })),
      ];
    },
  });
  assert.deepEqual(failures, [], `\n${failures.join('\n')}`);
});

/** Brookside, the practice Alex may move to (from the switch page's radios). */
let brooksideId = '';
let riversideId = '';
function brookside() { return brooksideId; }
const reviewIdsSeen = [];
function reviewIds() { return reviewIdsSeen; }

/** An away period from `from` to `to` days ahead, as the form sends it. */
function awayForm(from, to) {
  const day = (n) => new Date(Date.now() + n * 86_400_000);
  const parts = (name, d) => `${name}=${d.getUTCDate()}&${name}-month=${d.getUTCMonth() + 1}&${name}-year=${d.getUTCFullYear()}`;
  return `${parts('starts-on', day(from))}&${parts('ends-on', day(to))}`;
}

test('the deaf person’s messages, in BSL video with captions, pass every check', async () => {
  const failures = await sweepRole('leah@example.org', {
    // Her own record and account pages are the same views as Alex's.
    only: /\/messages|^\/practices\/\d+\/review$|\/communication$|\/support$/,
    directory: true,
    must: ['/people/'],
    prepare: async (ctx) => {
      const [leah] = await peopleOn(ctx, '/');
      const list = await (await ctx.request.get(`${careway.base}/people/${leah}/messages`)).text();
      const thread = list.match(/href="(\/people\/\d+\/messages\/\d+)"/)[1];
      assert.equal(await checkVideos(ctx, thread, { captions: true }), 2, 'her video and the worker’s reply');
      const own = (await (await ctx.request.get(careway.base + thread)).text()).match(/href="(\/people\/\d+\/messages\/\d+\/videos\/\d+)"/)[1];
      await checkVideos(ctx, own, { captions: true });
      // The file input opens the camera on a phone, with no JS.
      const page = await ctx.newPage();
      await page.goto(careway.base + thread);
      const input = page.getByLabel('Your BSL video');
      assert.equal(await input.getAttribute('accept'), 'video/*');
      assert.equal(await input.getAttribute('capture'), 'user');
      await page.close();
    },
    states: (paths) => {
      const thread = paths.find((p) => /^\/people\/\d+\/messages\/\d+$/.test(p));
      assert.ok(paths.some((p) => /\/videos\/\d+$/.test(p)), 'the video player page is crawled');
      const review = paths.find((p) => /^\/practices\/\d+\/review$/.test(p));
      assert.ok(review, 'Leah may review the practice that supports her');
      const support = paths.find((p) => /^\/people\/\d+\/support$/.test(p));
      assert.ok(support, 'Leah reaches her interpreter bookings');
      return [
        failedPost('ask for an interpreter with no date', support, `idem=${'b'.repeat(64)}&kind=bsl_interpreter&occasion=visit&wanted-on=&wanted-on-month=&wanted-on-year=`),
        failedUpload('reply with nothing', thread, 'body='),
        failedPost('a review with no rating', review, 'rating=nonsense&body='),
      ];
    },
  });
  assert.deepEqual(failures, [], `\n${failures.join('\n')}`);
});

test('the BSL social worker’s view of the exchange passes every check', async () => {
  const failures = await sweepRole('rhys@example.org', {
    staff: true,
    only: /^\/people\/\d+\/(messages\/\d+|support$|communication$)/,
    states: (paths) => {
      const support = paths.find((p) => /^\/people\/\d+\/support$/.test(p));
      assert.ok(support && rhysRequest, `the worker reaches Leah's interpreter booking: ${paths.join(', ')}`);
      return [
        failedPost('book an interpreter with no date', support, `state-${rhysRequest}=booked&booked-on-${rhysRequest}=&booked-on-${rhysRequest}-month=&booked-on-${rhysRequest}-year=`),
        failedPost('communication needs (staff)', support.replace(/support$/, 'communication'), 'contact=nonsense'),
      ];
    },
    prepare: async (ctx) => {
      const caseload = await (await ctx.request.get(`${careway.base}/caseload`)).text();
      assert.match(caseload, /Needs: BSL video, BSL interpreter/, 'the caseload flags Leah’s needs');
      for (const id of await peopleOn(ctx, '/caseload')) {
        const html = await (await ctx.request.get(`${careway.base}/people/${id}/support`)).text();
        const m = html.match(/action="\/people\/\d+\/support\/(\d+)"/);
        if (m) rhysRequest = m[1];
      }
      const inbox = await (await ctx.request.get(`${careway.base}/messages`)).text();
      const thread = inbox.match(/href="(\/people\/\d+\/messages\/\d+)"/)[1];
      const page = await ctx.newPage();
      await page.goto(careway.base + thread);
      const banner = page.getByRole('region', { name: 'Communication needs' });
      assert.equal(await banner.count(), 1, 'the worker is reminded of the person’s needs');
      assert.match(await banner.innerText(), /Prefers BSL video/);
      await page.close();
    },
  });
  assert.deepEqual(failures, [], `\n${failures.join('\n')}`);
});

test('the new practice’s requests to move pass every check', async () => {
  const failures = await sweepRole('nia@example.org', {
    staff: true,
    only: /^\/practice\/switches$/,
    must: ['/practice/switches'],
    states: () => {
      assert.ok(switchId, 'Alex asked to move to Brookside earlier in this run');
      return [{ label: 'decline without a reason (after a failed POST)', path: '/practice/switches', post: [`/practice/switches/${switchId}`, `switch=${switchId}&from=requested&to=declined`], expectError: true }];
    },
    prepare: async (ctx) => {
      const html = await (await ctx.request.get(`${careway.base}/practice/switches`)).text();
      assert.match(html, /Alex Morgan \(demo\), from Riverside/);
      switchId = html.match(/action="\/practice\/switches\/(\d+)"/)[1];
    },
  });
  assert.deepEqual(failures, [], `\n${failures.join('\n')}`);
});
let switchId = '';
let rhysRequest = '';

test('the council commissioner’s complaints pass every check, and the practice never sees them', async () => {
  let councilComplaint = '';
  const failures = await sweepRole('kai@example.org', {
    staff: true,
    must: ['/complaints'],
    prepare: async (ctx) => {
      const queue = await (await ctx.request.get(`${careway.base}/complaints`)).text();
      councilComplaint = queue.match(/href="\/complaints\/(\d+)"/)[1];
    },
    states: (paths) => [
      failedPost('move a complaint on with nonsense', `/complaints/${councilComplaint}`, 'state=nonsense&note=&assign=nonsense'),
    ],
  });
  assert.ok(councilComplaint, 'Kai has a complaint sent to the council');
  // Riverside's manager gets "not found" for it.
  const { ctx } = await signIn('jordan@example.org', true);
  const r = await ctx.request.get(`${careway.base}/complaints/${councilComplaint}`, { maxRedirects: 0 });
  assert.equal(r.status(), 404);
  await ctx.close();
  assert.deepEqual(failures, [], `\n${failures.join('\n')}`);
});

test('the Easy Read versions of the key pages pass every check, in both languages', async () => {
  const { ctx } = await signIn('alex@example.org', false);
  const [alex] = await peopleOn(ctx, '/');
  const storageState = await ctx.storageState();
  await ctx.close();
  const easy = { name: 'Easy Read', cookie: 'standard.default.0.0.1', enhanced: false };
  const failures = [];
  for (const locale of ['en-GB', 'cy']) {
    for (const path of ['/', '/practices', `/people/${alex}/plan`, `/people/${alex}/budget/options`, `/people/${alex}/messages`, `/people/${alex}/communication`]) {
      failures.push(...await checkPage(browser, careway.base, { path, label: `${path} (Easy Read)`, keyboard: locale === 'en-GB' }, locale, easy, storageState));
    }
  }
  // Each point has its picture, and each picture its own words.
  const page = await (await browser.newContext({ javaScriptEnabled: false, storageState })).newPage();
  await page.context().addCookies([{ name: 'careway_display', value: easy.cookie, url: careway.base }]);
  await page.goto(`${careway.base}/people/${alex}/plan`);
  const points = page.locator('.cw-easy-points li');
  assert.ok(await points.count() >= 3, 'Easy Read points on the plan');
  for (let i = 0; i < await points.count(); i++) {
    const alt = await points.nth(i).locator('img').getAttribute('alt');
    assert.ok(alt && alt.length > 3, `point ${i + 1} has a picture with alt text`);
  }
  // The switch on the page turns it off again, and comes back.
  await page.getByRole('button', { name: 'Show the standard version of this page' }).click();
  await page.waitForURL(`${careway.base}/people/${alex}/plan`);
  assert.equal(await page.locator('.cw-easy-points').count(), 0);
  await page.context().close();
  assert.deepEqual(failures, [], `\n${failures.join('\n')}`);
});

test('two-step set-up, sign-in and sign-out work with the keyboard and no JavaScript', async () => {
  // A person turns on two-step sign-in, using the key shown as text.
  const { ctx, page } = await signIn('alex@example.org', false);
  await page.goto(careway.base + '/account/two-step');
  const key = (await page.locator('.cw-secret code').innerText()).replace(/\s+/g, '');
  assert.match(key, /^[A-Z2-7]{32}$/);
  await page.getByLabel('Code from the app').fill(totp(key));
  await page.getByLabel('Code from the app').press('Enter');
  await page.waitForSelector('.cw-recovery-codes');
  assert.equal(await page.locator('.cw-recovery-codes li').count(), 10);
  // Sign out is a real form button, reachable from the keyboard.
  await page.getByRole('button', { name: 'Sign out' }).press('Enter');
  await page.waitForURL(careway.base + '/signed-out');
  await page.goto(careway.base + '/account');
  assert.match(new URL(page.url()).pathname, /^\/sign-in/);
  await ctx.close();
});
