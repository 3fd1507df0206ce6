// The dashboard at /_admin in a real browser: every view loads over the JSON API with the admin
// token, entries expand, controls act, no console errors, and no secret the journal masks shows up.
// Screenshots of each view go to target/dashboard-*.png.
// Run by .ci/browser.sh against the packaged jar: BASE_URL=http://127.0.0.1:PORT ADMIN_TOKEN=… node dashboard.test.mjs
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:8080';
const TOKEN = process.env.ADMIN_TOKEN ?? '';
const SHOTS = process.env.SCREENSHOT_DIR ?? '../../../target';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const LIVE_KEY = 'sk_live_teamgate_professional';
mkdirSync(SHOTS, { recursive: true });

const failures = [];
let passed = 0;
function check(ok, what) {
  if (ok) { passed++; console.log(`ok   ${what}`); } else { failures.push(what); console.log(`FAIL ${what}`); }
  return ok;
}

const admin = (path, init = {}) => fetch(BASE + path, { ...init,
  headers: { ...(TOKEN ? { Authorization: `Bearer ${TOKEN}` } : {}), 'Content-Type': 'application/json', ...(init.headers ?? {}) } });
const commflow = (path, body) => fetch(`${BASE}/commflow/v1${path}`, {
  method: body ? 'POST' : 'GET',
  headers: { Authorization: `Bearer ${LIVE_KEY}`, 'Content-Type': 'application/json', 'X-Request-Id': 'dashboard-test' },
  body: body ? JSON.stringify(body) : undefined });

// Some traffic to look at: calls, a webhook delivery (to a port nobody listens on), a fault rule.
await admin('/_admin/reset', { method: 'POST' });
await commflow('/me');
await commflow('/webhooks', { url: 'http://127.0.0.1:9/hook', events: ['ticket.created'] });
await commflow('/tickets', { subject: 'Seen from the dashboard' });
await commflow('/tickets/ticket_nope');
await admin('/_admin/faults', { method: 'PUT', body: JSON.stringify({ vendor: 'flowdock', path: '/flowdock/flows/**', status: 503, times: 2 }) });

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const consoleErrors = [];
  // The 401 before the token is entered and the 400 for an unknown workspace are asked for below.
  const expected = /status of (400|401)/;
  page.on('console', (m) => { if (m.type() === 'error' && !expected.test(m.text())) consoleErrors.push(`${m.text()} ${m.location()?.url ?? ''}`); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  const shot = (name) => page.screenshot({ path: `${SHOTS}/dashboard-${name}.png`, fullPage: false });
  const noSecret = async (view) => {
    const text = await page.locator('main').innerText();
    check(!text.includes(LIVE_KEY), `${view}: the masked key ${LIVE_KEY} does not appear`);
  };

  await page.goto(`${BASE}/`);
  check(new URL(page.url()).pathname === '/_admin', `/ leads to /_admin (at ${page.url()})`);
  if (TOKEN) {
    await page.waitForSelector('#notice:not([hidden])', { timeout: 30000 });
    check((await page.textContent('#notice')).includes('admin token'), 'without the token the page asks for it');
    await page.fill('#token', TOKEN);
    await page.click('#token-form button');
  }

  // Journal
  await page.waitForSelector('#journal-table tbody tr.entry', { timeout: 30000 });
  const rows = await page.locator('#journal-table tbody tr.entry').count();
  check(rows >= 4, `journal: lists the requests made (${rows} rows)`);
  await page.locator('#journal-table tbody tr.entry').filter({ hasText: 'POST' }).filter({ hasText: '/commflow/v1/tickets' }).first().click();
  await page.waitForSelector('#journal-table tr.details', { timeout: 10000 });
  const details = await page.locator('#journal-table tr.details').first().innerText();
  check(details.includes('Authorization: Bearer ***'), 'journal: an expanded entry shows request headers, the key masked');
  check(details.includes('X-Request-Id: dashboard-test'), 'journal: other request headers as sent');
  check(/"subject": "Seen from the dashboard"/.test(details), 'journal: the JSON request body, pretty-printed');
  check(/Content-Type: application\/json/i.test(details), 'journal: response headers');
  await noSecret('journal');
  await shot('journal');
  await page.selectOption('#journal-filters select[name=method]', 'POST');
  await page.click('#journal-filters button[type=submit]');
  await page.waitForFunction(() => [...document.querySelectorAll('#journal-table tr.entry td:nth-child(4)')]
    .every((td) => td.textContent === 'POST'), null, { timeout: 10000 });
  check(true, 'journal: the method filter leaves only POSTs');
  await page.selectOption('#journal-filters select[name=method]', '');
  await page.fill('#journal-filters input[name=workspace]', 'nope');
  await page.click('#journal-filters button[type=submit]');
  await page.waitForSelector('#notice:not([hidden])', { timeout: 10000 });
  check((await page.textContent('#notice')).includes('Unknown workspace'), 'journal: an unknown workspace is named, not an empty list');
  await page.fill('#journal-filters input[name=workspace]', '');
  await page.click('#journal-filters button[type=submit]');

  // Workspaces
  await page.click('#tabs button[data-view=state]');
  await page.waitForSelector('#state h3', { timeout: 30000 });
  await page.selectOption('#state-workspace', 'commflow/my-workspace');
  await page.waitForFunction(() => document.querySelector('#state .card')?.textContent.includes('commflow/my-workspace'), null, { timeout: 30000 });
  const state = await page.locator('#state').innerText();
  check(/tickets \(\d+\)/.test(state) && state.includes('Seen from the dashboard'), 'workspaces: the state shows the ticket just created');
  check(/contacts \(\d+\)/.test(state) && /accounts \(\d+\)/.test(state), 'workspaces: accounts and contacts');
  await noSecret('workspaces');
  await shot('workspaces');

  // Webhooks
  await page.click('#tabs button[data-view=webhooks]');
  await page.waitForSelector('#webhooks-summary:not(:empty)', { timeout: 30000 });
  const deliveries = await page.locator('#webhooks-table tbody tr.entry').count();
  if (check(deliveries >= 1, `webhooks: the ticket.created delivery is listed (${deliveries})`)) {
    await page.locator('#webhooks-table tbody tr.entry').first().click();
    check((await page.locator('#webhooks-table tr.details').first().innerText()).includes('ticket.created'), 'webhooks: a delivery expands to its body');
    await page.locator('#webhooks-table tbody tr.entry button', { hasText: 'Replay' }).first().click();
    await page.waitForFunction((n) => document.querySelectorAll('#webhooks-table tbody tr.entry').length > n, deliveries, { timeout: 10000 });
    check(true, 'webhooks: Replay adds a delivery');
  }
  await shot('webhooks');

  // Rate limits
  await page.click('#tabs button[data-view=limits]');
  await page.waitForSelector('#limits .card', { timeout: 30000 });
  const cards = await page.locator('#limits .card').count();
  check(cards >= 5, `rate limits: one card per vendor (${cards})`);
  const commflowCard = page.locator('#limits .card', { hasText: 'commflow' }).first();
  await commflowCard.locator('button', { hasText: 'Exhaust' }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('#limits .card')].some((c) => c.textContent.includes('commflow')
    && [...c.querySelectorAll('tbody tr td:nth-child(2)')].some((td) => td.textContent === '0')), null, { timeout: 10000 });
  check(true, 'rate limits: Exhaust empties the commflow buckets');
  await shot('rate-limits');

  // Clock and faults
  await page.click('#tabs button[data-view=controls]');
  await page.waitForSelector('#clock-now:not(:empty)', { timeout: 30000 });
  await page.fill('#clock-form input[name=frozenAt]', '2026-01-15T10:30:00Z');
  await page.fill('#clock-form input[name=advance]', '1m');
  await page.click('#clock-form button[type=submit]');
  await page.waitForFunction(() => document.getElementById('clock-now').textContent === '2026-01-15T10:31:00Z', null, { timeout: 10000 });
  check((await page.textContent('#clock-state')) === 'frozen', 'clock: frozen and moved by "1m"');
  check((await page.locator('#faults-table tbody tr').count()) === 1, 'faults: the rule added before is listed');
  await page.selectOption('#fault-form select[name=vendor]', 'commflow');
  await page.fill('#fault-form input[name=delay]', '10ms');
  await page.fill('#fault-form input[name=times]', '1');
  await page.click('#fault-form button[type=submit]');
  await page.waitForFunction(() => document.querySelectorAll('#faults-table tbody tr').length === 2, null, { timeout: 10000 });
  check(true, 'faults: a rule added from the form is listed');
  await shot('clock-faults');
  await page.click('#clock-reset');

  // Credentials
  await page.click('#tabs button[data-view=credentials]');
  await page.waitForSelector('#credentials .card', { timeout: 30000 });
  const copies = await page.locator('#credentials button.copy').count();
  check(copies > 10, `credentials: demo secrets with copy buttons (${copies})`);
  check((await page.locator('#credentials').innerText()).includes('todayKey'), 'credentials: talk-to-me key for today');
  await shot('credentials');

  check(consoleErrors.length === 0, `no console errors${consoleErrors.length ? ' — ' + consoleErrors.join(' | ') : ''}`);
} finally {
  await browser.close();
  await admin('/_admin/faults', { method: 'DELETE' });
  await admin('/_admin/clock', { method: 'DELETE' });
  await admin('/_admin/reset', { method: 'POST' });
}

console.log(`\n${passed} passed, ${failures.length} failed`);
if (failures.length) {
  for (const f of failures) console.log(`  - ${f}`);
  process.exit(1);
}
