/**
 * `npm start` as a real process: defaults (SQLite under ./data, 127.0.0.1), the "silences are off"
 * notice, the seeded admin token, static files when dist/web exists, and a clean SIGTERM shutdown.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, waitFor } from './alertmanager-process';

const ROOT = resolve(__dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const MAIN = join(ROOT, 'src/statusboard/main.ts');

interface Started {
  proc: ChildProcess;
  url: string;
  output: () => string;
  dir: string;
}

const started: Started[] = [];

async function start(env: Record<string, string>): Promise<Started> {
  const dir = mkdtempSync(join(tmpdir(), 'statusboard-main-'));
  const port = await freePort();
  let out = '';
  const proc = spawn(TSX, [MAIN], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const s = { proc, url: `http://127.0.0.1:${port}`, output: () => out, dir };
  started.push(s);
  await waitFor('statusboard to listen', async () => (await fetch(`${s.url}/healthz`)).ok, 30_000);
  return s;
}

async function stop(s: Started): Promise<number | null> {
  if (s.proc.exitCode !== null) return s.proc.exitCode;
  const exited = new Promise<number | null>((r) => s.proc.once('exit', (code) => r(code)));
  s.proc.kill('SIGTERM');
  return exited;
}

afterAll(async () => {
  for (const s of started) {
    if (s.proc.exitCode === null) s.proc.kill('SIGKILL');
    rmSync(s.dir, { recursive: true, force: true });
  }
});

describe('npm start (src/statusboard/main.ts)', () => {
  it('runs with SQLite under ./data, says silences are off, and stops cleanly', async () => {
    const s = await start({ STATUSBOARD_ADMIN_TOKEN: 'start-admin' });
    expect(s.output()).toMatch(/ALERTMANAGER_URL is unset.*silences are off/i);
    expect(existsSync(join(s.dir, 'data/statusboard.sqlite'))).toBe(true);
    const svc = await fetch(`${s.url}/api/v1/services`, {
      method: 'POST',
      headers: { authorization: 'Bearer start-admin', 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'web',
        team: 't',
        matcherSets: [[{ name: 'job', value: 'web', isRegex: false, isEqual: true }]],
      }),
    });
    expect(svc.status).toBe(201);
    const ready = await (await fetch(`${s.url}/readyz`)).json();
    expect(ready).toMatchObject({ status: 'ready', alertmanager: { status: 'off' } });
    // No dist/web here: the UI still answers at /, other paths are JSON 404s, not a crash.
    expect(await (await fetch(`${s.url}/`)).text()).toContain('<title>StatusBoard</title>');
    const missing = await fetch(`${s.url}/playground/`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('NOT_FOUND');
    expect(await stop(s)).toBe(0);
  });

  it('serves dist/web beside the UI when it exists', async () => {
    const web = mkdtempSync(join(tmpdir(), 'statusboard-web-'));
    mkdirSync(join(web, 'playground'));
    writeFileSync(join(web, 'index.html'), '<h1>board</h1>');
    writeFileSync(join(web, 'playground/index.html'), '<h1>playground</h1>');
    try {
      const s = await start({ STATUSBOARD_WEB_ROOT: web });
      expect(await (await fetch(`${s.url}/`)).text()).toContain('<title>StatusBoard</title>');
      expect(await (await fetch(`${s.url}/playground/`)).text()).toBe('<h1>playground</h1>');
      expect(await (await fetch(`${s.url}/index.html`)).text()).toBe('<h1>board</h1>');
      const js = await fetch(`${s.url}/ui/app.js`);
      expect(js.headers.get('content-type')).toContain('javascript');
      expect((await js.text()).length).toBeGreaterThan(1000);
      expect((await fetch(`${s.url}/api/v1/events`)).status).toBe(401);
      expect(await stop(s)).toBe(0);
    } finally {
      rmSync(web, { recursive: true, force: true });
    }
  });
});
