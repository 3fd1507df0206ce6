// Swagger UI in a real browser: every OpenAPI group loads without console errors, and the calls of
// try-calls.mjs (a read and a write per vendor, a control-plane write) go through "Authorize" and
// "Try it out" with a demo credential from the seed and succeed.
// Run by .ci/run against the packaged jar: BASE_URL=http://127.0.0.1:PORT node swagger-ui.test.mjs
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { tryCalls } from './try-calls.mjs';

const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:8080';
const SHOTS = process.env.SCREENSHOT_DIR ?? '../../../target/browser';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
mkdirSync(SHOTS, { recursive: true });

const failures = [];
let passed = 0;
function check(ok, what) {
  if (ok) { passed++; console.log(`ok   ${what}`); } else { failures.push(what); console.log(`FAIL ${what}`); }
  return ok;
}

const json = async (path) => (await fetch(BASE + path)).json();
const config = await json('/v3/api-docs/swagger-config');
const groups = config.urls.map((u) => ({ name: u.name, url: u.url, key: u.url.split('/').pop() }));
const credentials = await json('/_admin/credentials');

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));

  for (const group of groups) {
    consoleErrors.length = 0;
    await page.goto(`${BASE}/swagger-ui.html?urls.primaryName=${encodeURIComponent(group.name)}`);
    await page.waitForSelector('.information-container .title', { timeout: 30000 });
    await page.waitForSelector('.opblock', { timeout: 30000 });
    const title = await page.textContent('.information-container .title');
    const operations = await page.locator('.opblock').count();
    check(operations > 0, `${group.key}: Swagger UI shows ${operations} operations under "${title.trim()}"`);
    check(consoleErrors.length === 0, `${group.key}: no console errors${consoleErrors.length ? ' — ' + consoleErrors.join(' | ') : ''}`);
    await page.screenshot({ path: `${SHOTS}/swagger-ui-${group.key}.png`, fullPage: false });

    const groupCalls = tryCalls[group.key];
    if (!check(Boolean(groupCalls), `${group.key}: has "Try it out" calls configured in try-calls.mjs`)) continue;
    const spec = await json(group.url);
    const secret = groupCalls.credential(credentials[group.key] ?? []);
    if (groupCalls.scheme) {
      await page.click('.auth-wrapper .authorize');
      const box = page.locator('.auth-container').filter({ hasText: groupCalls.scheme }).first();
      const inputs = box.locator('input');
      if (groupCalls.basic) {
        await inputs.nth(0).fill(secret);
        await inputs.nth(1).fill('x');
      } else {
        await inputs.first().fill(secret);
      }
      await box.locator('button.authorize').click();
      await page.click('.dialog-ux .close-modal');
    }
    for (const call of groupCalls.calls) {
      const what = `${group.key}: Try it out ${call.method.toUpperCase()} ${call.path}`;
      const op = spec.paths?.[call.path]?.[call.method];
      if (!check(Boolean(op), `${what} is in the spec`)) continue;
      try {
        await tryOut(page, op, call, credentials[group.key] ?? [], what);
      } catch (e) {
        check(false, `${what}: ${String(e).split('\n')[0]}`);
      }
      await page.screenshot({ path: `${SHOTS}/swagger-ui-${group.key}-${call.method}-try-it-out.png`, fullPage: false });
    }
  }
} finally {
  await browser.close();
}

/** Opens the operation, fills its parameters and body, executes it and checks the live answer. */
async function tryOut(page, op, call, list, what) {
  const tag = (op.tags?.[0] ?? 'default').replace(/\s/g, '_');
  const block = page.locator(`#operations-${tag}-${op.operationId}`);
  await block.locator('.opblock-summary').first().click();
  // Teamgate enables "Try it out" by default (springdoc.swagger-ui.try-it-out-enabled); click only if it is off.
  await block.locator('button.try-out__btn').waitFor({ timeout: 30000 });
  if ((await block.locator('button.execute').count()) === 0) {
    await block.locator('button.try-out__btn').click();
  }
  await block.locator('button.execute').waitFor({ timeout: 30000 });
  for (const [name, value] of Object.entries(call.params?.(list) ?? {})) {
    await block.locator(`tr[data-param-name="${name}"] input, tr[data-param-name="${name}"] select`).first().fill(String(value));
  }
  if (call.body) {
    await block.locator('textarea.body-param__text').fill(call.body, { timeout: 10000 });
  }
  await block.locator('button.execute').click();
  const status = block.locator('.live-responses-table tbody .response-col_status').first();
  await status.waitFor({ timeout: 30000 });
  const got = (await status.textContent()).trim();
  check(call.expect.includes(Number(got)), `${what} answered ${got}`);
  if (call.expectBody) {
    const body = await block.locator('.live-responses-table tbody .response-col_description pre').first().textContent();
    check(call.expectBody.test(body), `${what}: the answer matches ${call.expectBody}`);
  }
  // Close it again so the next call's block is in view.
  await block.locator('.opblock-summary').first().click();
}

console.log(`\n${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
