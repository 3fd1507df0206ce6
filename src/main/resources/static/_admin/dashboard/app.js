// Teamgate dashboard: a small page over the control plane's JSON API (/_admin/...). No build step.
// Every value from the server goes into the page as text (never as HTML).
import { showJournal } from './journal.js';
import { showState, showCredentials } from './state.js';
import { showWebhooks, showLimits, showControls } from './controls.js';

const TOKEN_KEY = 'teamgate.adminToken';
export const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
export const app = { vendors: [], timer: null };

/** Calls the control plane with the admin token (if one is set) and answers the parsed JSON. */
export async function api(path, options = {}) {
  const headers = { Accept: 'application/json', ...(options.headers ?? {}) };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.Authorization = `Bearer ${token}`;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    options = { ...options, body: JSON.stringify(options.json) };
  }
  const response = await fetch(path, { ...options, headers });
  if (response.status === 401) {
    notice('The control plane needs the admin token: enter it at the top right.');
    throw new Error('401');
  }
  const text = await response.text();
  const body = text ? JSON.parse(text) : null;
  if (!response.ok) {
    notice(body?.detail ?? `${response.status} ${response.statusText}`);
    throw new Error(String(response.status));
  }
  notice(null);
  return body;
}

export function notice(text) {
  const box = document.getElementById('notice');
  box.hidden = !text;
  box.textContent = text ?? '';
}

/** el('td', {className: 'x'}, 'text', child...) */
export function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

export function pretty(value) {
  if (value === null || value === undefined || value === '') return '(empty)';
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

export function copyButton(value) {
  const button = el('button', { className: 'copy', type: 'button', title: 'Copy' }, 'copy');
  button.addEventListener('click', async (event) => {
    event.stopPropagation();
    await navigator.clipboard?.writeText(String(value)).catch(() => {});
    button.textContent = 'copied';
    setTimeout(() => { button.textContent = 'copy'; }, 1200);
  });
  return button;
}

export function fillSelect(select, values, first) {
  select.replaceChildren(...(first ? [el('option', { value: '' }, first)] : []),
    ...values.map((v) => el('option', { value: v }, v)));
}

const views = {
  journal: showJournal, state: showState, webhooks: showWebhooks,
  limits: showLimits, controls: showControls, credentials: showCredentials,
};

export async function show(view) {
  clearInterval(app.timer);
  app.timer = null;
  for (const button of document.querySelectorAll('#tabs button')) {
    button.classList.toggle('active', button.dataset.view === view);
  }
  for (const section of document.querySelectorAll('.view')) section.hidden = section.id !== `view-${view}`;
  location.hash = view;
  try {
    await views[view]();
  } catch (e) {
    console.warn(e);
  }
}

async function start() {
  document.getElementById('token').value = sessionStorage.getItem(TOKEN_KEY) ?? '';
  document.getElementById('token-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const value = document.getElementById('token').value.trim();
    if (value) sessionStorage.setItem(TOKEN_KEY, value); else sessionStorage.removeItem(TOKEN_KEY);
    start();
  });
  for (const button of document.querySelectorAll('#tabs button')) {
    button.onclick = () => show(button.dataset.view);
  }
  try {
    const health = await api('/_admin/health');
    app.vendors = health.vendors.map((v) => v.key);
    document.getElementById('version').textContent = `${health.version} · ${app.vendors.length} vendors`;
  } catch (e) {
    return;
  }
  const wanted = location.hash.slice(1);
  await show(views[wanted] ? wanted : 'journal');
}

start();
