// The live request journal: filters, newest first, each entry expandable to request and response.
import { api, app, el, pretty, fillSelect, METHODS } from './app.js';

const open = new Set();
let wired = false;

function query(form) {
  const params = new URLSearchParams();
  for (const name of ['vendor', 'workspace', 'method', 'status', 'path']) {
    const value = form.elements[name].value.trim();
    if (value) params.set(name, value);
  }
  return params;
}

function headers(map) {
  const lines = Object.entries(map ?? {}).map(([k, v]) => `${k}: ${v}`);
  return lines.length ? lines.join('\n') : '(none)';
}

function details(entry) {
  const side = (title, heads, body) => el('div', {},
    el('h3', {}, title), el('pre', { className: 'headers' }, headers(heads)), el('pre', { className: 'body' }, pretty(body)));
  const request = `${entry.method} ${entry.path}${entry.query ? '?' + entry.query : ''}`;
  return el('tr', { className: 'details' }, el('td', { colSpan: 8 },
    el('div', { className: 'pair' },
      side(`Request · ${request}`, entry.requestHeaders, entry.requestBody),
      side(`Response · ${entry.status || 'dropped'}${entry.fault ? ' · fault ' + entry.fault : ''}`,
        entry.responseHeaders, entry.responseBody))));
}

async function refresh() {
  const form = document.getElementById('journal-filters');
  const page = await api(`/_admin/requests?limit=200&${query(form)}`);
  const rows = [];
  for (const e of page.requests) {
    const row = el('tr', { className: 'entry', title: 'Show request and response' },
      el('td', {}, new Date(e.time).toLocaleTimeString()), el('td', {}, e.vendor), el('td', {}, e.workspace ?? ''),
      el('td', {}, e.method), el('td', { className: 'path' }, e.path + (e.query ? '?' + e.query : '')),
      el('td', { className: `status s${String(e.status)[0]}` }, e.status || 'dropped'),
      el('td', {}, e.durationMillis), el('td', { className: 'secret' }, e.credential ?? ''));
    row.dataset.id = e.id;
    row.addEventListener('click', () => {
      if (open.has(e.id)) open.delete(e.id); else open.add(e.id);
      refresh();
    });
    rows.push(row);
    if (open.has(e.id)) rows.push(details(e));
  }
  document.querySelector('#journal-table tbody').replaceChildren(...rows);
  document.getElementById('journal-summary').textContent =
    `${page.total} matching request${page.total === 1 ? '' : 's'}${page.total > page.requests.length ? `, newest ${page.requests.length} shown` : ''}. Click a row for headers and bodies.`;
}

export async function showJournal() {
  const form = document.getElementById('journal-filters');
  if (!wired) {
    wired = true;
    fillSelect(form.elements.vendor, app.vendors, 'every vendor');
    fillSelect(form.elements.method, METHODS, 'any method');
    form.addEventListener('submit', (event) => { event.preventDefault(); refresh().catch(() => {}); });
    document.getElementById('journal-clear').addEventListener('click', async () => {
      await api(`/_admin/requests?${query(form)}`, { method: 'DELETE' });
      open.clear();
      await refresh();
    });
    const names = await api('/_admin/workspaces').catch(() => []);
    document.getElementById('workspace-names').replaceChildren(...names.map((w) => el('option', { value: w.workspace })));
  }
  await refresh();
  app.timer = setInterval(() => {
    if (form.elements.live.checked && !document.hidden) refresh().catch(() => {});
  }, 2000);
}
