// Webhook deliveries (with replay), rate-limit buckets, the clock and fault rules.
import { api, app, el, pretty, fillSelect, METHODS } from './app.js';

let faultsWired = false;

export async function showWebhooks() {
  const page = await api('/_admin/webhooks/deliveries?limit=200');
  const rows = [];
  for (const d of page.deliveries) {
    const detail = el('tr', { className: 'details', hidden: true }, el('td', { colSpan: 8 },
      el('h3', {}, 'Headers and body sent'),
      el('pre', {}, Object.entries(d.headers ?? {}).map(([k, v]) => `${k}: ${v}`).join('\n')),
      el('pre', {}, pretty(d.body)),
      el('h3', {}, 'Attempts'), el('pre', {}, pretty(d.attempts))));
    const replay = el('button', { type: 'button' }, 'Replay');
    replay.addEventListener('click', async (event) => {
      event.stopPropagation();
      await api(`/_admin/webhooks/deliveries/${d.id}/replay`, { method: 'POST' });
      await showWebhooks();
    });
    const row = el('tr', { className: 'entry' }, el('td', {}, d.id), el('td', {}, d.vendor), el('td', {}, d.event),
      el('td', { className: 'path' }, d.url), el('td', {}, d.status), el('td', {}, (d.attempts ?? []).length),
      el('td', {}, new Date(d.createdAt).toLocaleString()), el('td', {}, replay));
    row.addEventListener('click', () => { detail.hidden = !detail.hidden; });
    rows.push(row, detail);
  }
  document.querySelector('#webhooks-table tbody').replaceChildren(...rows);
  document.getElementById('webhooks-summary').textContent = page.count
    ? `${page.count} deliveries, newest first. Click one for its body and attempts.`
    : 'No outbound webhook deliveries yet.';
}

export async function showLimits() {
  const vendors = await api('/_admin/rate-limits');
  const cards = vendors.map((v) => {
    const form = el('form', { className: 'filters' },
      el('label', {}, el('input', { type: 'checkbox', name: 'enabled', checked: v.enabled }), ' enabled'),
      el('input', { name: 'capacity', value: v.capacity, size: 6, title: 'requests per period' }),
      el('input', { name: 'period', value: v.period, size: 8, title: 'PT1M or 1m' }),
      el('button', { type: 'submit' }, 'Change'));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      await api(`/_admin/rate-limits/${v.vendor}`, { method: 'PUT', json: {
        enabled: form.elements.enabled.checked, capacity: Number(form.elements.capacity.value), period: form.elements.period.value } });
      await showLimits();
    });
    const action = (label, path) => {
      const button = el('button', { type: 'button' }, label);
      button.addEventListener('click', async () => { await api(path, { method: 'POST' }); await showLimits(); });
      return button;
    };
    const buckets = v.buckets.length
      ? el('table', { className: 'list' },
        el('thead', {}, el('tr', {}, ...['bucket', 'available', 'capacity', 'period'].map((h) => el('th', {}, h)))),
        el('tbody', {}, ...v.buckets.map((b) => el('tr', {}, el('td', {}, b.key), el('td', {}, b.available),
          el('td', {}, b.capacity), el('td', {}, b.period)))))
      : el('p', { className: 'summary' }, 'No live buckets yet.');
    return el('div', { className: 'card' }, el('h2', {}, v.vendor, ' ',
      el('span', { className: 'badge' }, v.enabled ? `${v.capacity} per ${v.period}` : 'off')),
      form, el('div', { className: 'filters' }, action('Exhaust (next call gets 429)', `/_admin/rate-limits/${v.vendor}/exhaust`),
        action('Refill', `/_admin/rate-limits/${v.vendor}/reset`)), buckets);
  });
  document.getElementById('limits').replaceChildren(...cards);
}

async function refreshControls() {
  const clock = await api('/_admin/clock');
  document.getElementById('clock-now').textContent = clock.now;
  document.getElementById('clock-state').textContent = clock.frozen ? 'frozen' : 'running';
  const rules = await api('/_admin/faults');
  document.querySelector('#faults-table tbody').replaceChildren(...rules.map(({ rule, remaining }) => {
    const remove = el('button', { type: 'button', className: 'danger' }, 'Remove');
    remove.addEventListener('click', async () => { await api(`/_admin/faults/${rule.id}`, { method: 'DELETE' }); await refreshControls(); });
    const effect = [rule.delay ? `wait ${rule.delay}` : null, rule.drop ? 'drop' : null, rule.status ? `answer ${rule.status}` : null]
      .filter(Boolean).join(', ');
    return el('tr', {}, el('td', {}, rule.id), el('td', {}, rule.vendor ?? 'any'), el('td', {}, rule.method ?? 'any'),
      el('td', { className: 'path' }, rule.path ?? 'any'), el('td', {}, effect), el('td', {}, remaining ?? '∞'), el('td', {}, remove));
  }));
}

export async function showControls() {
  if (!faultsWired) {
    faultsWired = true;
    const clockForm = document.getElementById('clock-form');
    clockForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      const change = {};
      if (clockForm.elements.frozenAt.value.trim()) change.frozenAt = clockForm.elements.frozenAt.value.trim();
      if (clockForm.elements.advance.value.trim()) change.advance = clockForm.elements.advance.value.trim();
      await api('/_admin/clock', { method: 'PUT', json: change });
      await refreshControls();
    });
    document.getElementById('clock-reset').addEventListener('click', async () => {
      await api('/_admin/clock', { method: 'DELETE' });
      await refreshControls();
    });
    const form = document.getElementById('fault-form');
    fillSelect(form.elements.vendor, app.vendors, 'any vendor');
    fillSelect(form.elements.method, METHODS, 'any method');
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const rule = { drop: form.elements.drop.checked };
      for (const name of ['vendor', 'method', 'path', 'delay']) {
        if (form.elements[name].value.trim()) rule[name] = form.elements[name].value.trim();
      }
      for (const name of ['status', 'times']) {
        if (form.elements[name].value.trim()) rule[name] = Number(form.elements[name].value);
      }
      await api('/_admin/faults', { method: 'PUT', json: rule });
      await refreshControls();
    });
    document.getElementById('faults-clear').addEventListener('click', async () => {
      await api('/_admin/faults', { method: 'DELETE' });
      await refreshControls();
    });
  }
  await refreshControls();
  app.timer = setInterval(() => { if (!document.hidden) refreshControls().catch(() => {}); }, 5000);
}
