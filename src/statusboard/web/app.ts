/**
 * The StatusBoard web UI (runs in the browser; bundled by esbuild). Plain DOM, no framework: a services
 * table with each service's state and actions, the event history drawn by src/render, a form to declare
 * maintenance and a preview of the firing alerts it would silence.
 */
import { StatusmapRenderer } from '../../render';
import { historyMatrix, type HistoryEvent } from './history-matrix';

interface Service {
  name: string;
  team: string;
}
interface ApiEvent extends HistoryEvent {
  id: string;
  title: string;
  silenceStatus: string;
}

const $ = <T extends HTMLElement>(sel: string) => document.querySelector(sel) as T;
const HOUR = 3_600_000;
const tokenInput = $<HTMLInputElement>('#token');
tokenInput.value = localStorage.getItem('statusboard-token') ?? '';
tokenInput.addEventListener('change', () => {
  localStorage.setItem('statusboard-token', tokenInput.value);
  void refresh();
});

function say(text: string, error = false): void {
  const m = $('#message');
  m.textContent = text;
  m.className = error ? 'error' : '';
}

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (tokenInput.value) headers.authorization = `Bearer ${tokenInput.value}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method === 'POST') headers['idempotency-key'] = crypto.randomUUID();
  const res = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!res.ok)
    throw new Error(json?.error ? `${json.error.code}: ${json.error.message}` : `HTTP ${res.status}`);
  return json as T;
}

async function allEvents(): Promise<ApiEvent[]> {
  const out: ApiEvent[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 20; page++) {
    const q: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const res: { items: ApiEvent[]; nextCursor: string | null } = await api(
      'GET',
      `/api/v1/events?limit=500${q}`
    );
    out.push(...res.items);
    cursor = res.nextCursor;
    if (!cursor || Date.parse(res.items[res.items.length - 1]?.startsAt ?? '0') < Date.now() - 8 * 24 * HOUR)
      break;
  }
  return out;
}

let renderer: StatusmapRenderer | null = null;

function drawHistory(services: Service[], events: ApiEvent[]): void {
  const now = Date.now();
  const to = Math.ceil((now + 24 * HOUR) / HOUR) * HOUR;
  const m = historyMatrix(
    services.map((s) => s.name),
    events,
    { to, intervalMs: HOUR, cols: 8 * 24, now }
  );
  renderer ??= new StatusmapRenderer($('#history'), { timeZone: 'browser' });
  renderer.setData(m);
  renderer.render();
}

function row(s: Service, events: ApiEvent[]): HTMLTableRowElement {
  const mine = events.filter((e) => e.service === s.name);
  const current = mine.find((e) => e.state === 'active') ?? mine.find((e) => e.state === 'scheduled');
  const tr = document.createElement('tr');
  tr.dataset.service = s.name;
  const cell = (text: string, cls = '') => {
    const td = document.createElement('td');
    td.textContent = text;
    if (cls) td.className = cls;
    tr.append(td);
    return td;
  };
  cell(s.name);
  cell(s.team);
  cell(current ? current.state : 'normal', current ? `state-${current.state}` : '');
  cell(
    current
      ? `${current.title} (${current.mode}) until ${new Date(current.window?.endsAt ?? current.endsAt).toLocaleString()}` +
          (current.mode === 'maintenance' && current.state === 'active'
            ? ` - silences ${current.silenceStatus}`
            : '')
      : ''
  );
  const actions = cell('');
  if (current) {
    const button = (label: string, run: () => Promise<unknown>) => {
      const b = document.createElement('button');
      b.textContent = label;
      b.addEventListener('click', () => void act(label, run));
      actions.append(b, ' ');
    };
    const end = Date.parse(current.endsAt);
    button('Extend 1h', () =>
      api('PATCH', `/api/v1/events/${current.id}`, { endsAt: new Date(end + HOUR).toISOString() })
    );
    if (current.state === 'active') button('End', () => api('POST', `/api/v1/events/${current.id}/end`));
    else button('Cancel', () => api('POST', `/api/v1/events/${current.id}/cancel`));
  }
  return tr;
}

async function act(label: string, run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
    say(`${label}: done`);
  } catch (err) {
    say(`${label}: ${(err as Error).message}`, true);
  }
  await refresh();
}

async function refresh(): Promise<void> {
  try {
    const [{ items: services }, events] = await Promise.all([
      api<{ items: Service[] }>('GET', '/api/v1/services'),
      allEvents(),
    ]);
    $('#services tbody').replaceChildren(...services.map((s) => row(s, events)));
    const select = $<HTMLSelectElement>('#create select[name=service]');
    const chosen = select.value;
    select.replaceChildren(...services.map((s) => new Option(s.name, s.name, false, s.name === chosen)));
    drawHistory(services, events);
    document.body.dataset.loaded = 'true';
  } catch (err) {
    say((err as Error).message, true);
  }
}

$('#create').addEventListener('submit', (e) => {
  e.preventDefault();
  const f = new FormData(e.target as HTMLFormElement);
  void act('Start', () =>
    api('POST', '/api/v1/events', {
      service: f.get('service'),
      title: f.get('title'),
      mode: f.get('mode'),
      durationSeconds: Number(f.get('minutes')) * 60,
    })
  );
});

$('#preview').addEventListener('click', async () => {
  const service = $<HTMLSelectElement>('#create select[name=service]').value;
  const out = $('#preview-result');
  try {
    const r = await api<{ alerts: Array<{ labels: Record<string, string> }>; total: number }>(
      'GET',
      `/api/v1/services/${encodeURIComponent(service)}/preview`
    );
    const list = document.createElement('ul');
    for (const a of r.alerts) {
      const li = document.createElement('li');
      li.textContent = Object.entries(a.labels)
        .map(([k, v]) => `${k}="${v}"`)
        .join(', ');
      list.append(li);
    }
    out.replaceChildren(`${r.alerts.length} of ${r.total} firing alerts would be silenced`, list);
  } catch (err) {
    out.textContent = `Preview failed: ${(err as Error).message}`;
  }
});

void refresh();
setInterval(() => void refresh(), 30_000);
