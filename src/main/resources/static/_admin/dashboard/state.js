// Per-workspace state (the fixture export: accounts, rooms and messages, contacts, tickets and every
// vendor section) and the demo credentials with copy buttons.
import { api, app, el, pretty, copyButton, fillSelect } from './app.js';

let wired = false;
/** Digests stay out of the page: they are not secrets, but they are noise. */
const HIDDEN = new Set(['secretHash', 'passwordHash']);

function cell(value) {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}

function table(items) {
  const columns = [];
  for (const item of items) {
    for (const key of Object.keys(item)) {
      if (!columns.includes(key) && !HIDDEN.has(key) && key !== 'messages') columns.push(key);
    }
  }
  const withMessages = items.some((i) => Array.isArray(i.messages));
  const head = el('tr', {}, ...columns.map((c) => el('th', {}, c)), withMessages ? el('th', {}, 'messages') : null);
  const rows = [];
  for (const item of items) {
    const row = el('tr', {}, ...columns.map((c) => el('td', {}, cell(item[c]))));
    if (withMessages) {
      const messages = item.messages ?? [];
      const button = el('button', { type: 'button' }, `${messages.length} ▸`);
      row.append(el('td', {}, button));
      const detail = el('tr', { className: 'details', hidden: true },
        el('td', { colSpan: columns.length + 1 }, messages.length ? table(messages) : '(no messages)'));
      button.addEventListener('click', () => { detail.hidden = !detail.hidden; });
      rows.push(row, detail);
    } else {
      rows.push(row);
    }
  }
  return el('table', { className: 'list' }, el('thead', {}, head), el('tbody', {}, ...rows));
}

async function render(name) {
  const target = document.getElementById('state');
  if (!name) { target.replaceChildren('No workspace yet.'); return; }
  const doc = await api(`/_admin/fixtures?workspace=${encodeURIComponent(name)}`);
  const ws = doc.workspaces[0];
  const parts = [el('div', { className: 'card' },
    el('strong', {}, ws.name ?? ws.slug), ` · ${ws.vendor}/${ws.slug}`,
    ws.externalId ? ` · id ${ws.externalId}` : '', ws.plan ? ` · plan ${ws.plan}` : '',
    Object.keys(ws.settings ?? {}).length ? el('pre', {}, pretty(ws.settings)) : null)];
  for (const [key, value] of Object.entries(ws)) {
    if (!Array.isArray(value)) continue;
    parts.push(el('h3', {}, `${key} (${value.length})`));
    parts.push(value.length ? table(value) : el('p', { className: 'summary' }, 'none'));
  }
  for (const [key, value] of Object.entries(ws.sections ?? {})) {
    parts.push(el('h3', {}, `section ${key}`));
    parts.push(Array.isArray(value) && value.length && typeof value[0] === 'object' ? table(value) : el('pre', {}, pretty(value)));
  }
  target.replaceChildren(...parts);
}

async function loadWorkspaces(selected) {
  const select = document.getElementById('state-workspace');
  const list = await api('/_admin/workspaces');
  fillSelect(select, list.map((w) => w.workspace));
  if (selected) select.value = selected;
  await render(select.value);
}

export async function showState() {
  if (!wired) {
    wired = true;
    fillSelect(document.getElementById('create-vendor'), app.vendors);
    document.getElementById('state-workspace').addEventListener('change', (e) => render(e.target.value));
    document.getElementById('state-reset').addEventListener('click', async () => {
      const name = document.getElementById('state-workspace').value;
      await api(`/_admin/reset?workspace=${encodeURIComponent(name)}`, { method: 'POST' });
      await render(name);
    });
    document.getElementById('create-workspace').addEventListener('click', async () => {
      const vendor = document.getElementById('create-vendor').value;
      const created = await api('/_admin/workspaces', { method: 'POST', json: { vendor } });
      const box = document.getElementById('created');
      box.hidden = false;
      box.textContent = `Created ${created.workspace} (its secrets are shown this once):\n${pretty(created)}`;
      await loadWorkspaces(created.workspace);
    });
  }
  await loadWorkspaces(document.getElementById('state-workspace').value);
}

export async function showCredentials() {
  const byVendor = await api('/_admin/credentials');
  const parts = [];
  for (const [vendor, entries] of Object.entries(byVendor)) {
    const extras = [];
    for (const e of entries) {
      for (const key of Object.keys(e)) {
        if (!['workspace', 'workspaceId', 'kind', 'label', 'account', 'secret', 'room', 'binding', 'scopes'].includes(key)
          && !extras.includes(key)) extras.push(key);
      }
    }
    const rows = entries.map((e) => el('tr', {},
      el('td', {}, e.workspace), el('td', {}, e.kind), el('td', {}, e.label ?? e.email ?? ''),
      el('td', {}, e.account ?? e.room ?? ''),
      el('td', { className: 'secret' }, e.secret, copyButton(e.secret)),
      el('td', {}, (e.scopes ?? []).join(' ')),
      el('td', {}, ...extras.filter((k) => e[k] !== undefined).map((k) =>
        el('div', {}, `${k}: `, el('span', { className: 'secret' }, String(e[k])), copyButton(e[k]))))));
    parts.push(el('div', { className: 'card' }, el('h2', {}, vendor),
      el('table', { className: 'list' },
        el('thead', {}, el('tr', {}, ...['workspace', 'kind', 'label', 'account / room', 'secret', 'scopes', 'also']
          .map((h) => el('th', {}, h)))),
        el('tbody', {}, ...rows))));
  }
  document.getElementById('credentials').replaceChildren(...parts);
}
