/**
 * The `statusboard` CLI (bin/statusboard.mjs) as CI would run it, against a real server on a loopback port.
 */
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, liveSilences, startAlertmanager, stopAll, type AmNode } from './alertmanager-process';
import { ADMIN, openTestDb, testApp, testStack, type TestDb } from './support';

const BIN = join(resolve(__dirname, '../../..'), 'bin/statusboard.mjs');

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as a pipeline would: a fresh process, only PATH and the STATUSBOARD_* variables. */
function runCli(url: string, args: string[], env: Record<string, string> = {}): Promise<Result> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        env: { PATH: process.env.PATH ?? '', STATUSBOARD_URL: url, STATUSBOARD_TOKEN: ADMIN, ...env },
        timeout: 30_000,
      },
      (err, stdout, stderr) =>
        done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr })
    );
  });
}

describe('statusboard CLI', () => {
  let t: TestDb;
  let app: FastifyInstance;
  let am: AmNode;
  let stack: Awaited<ReturnType<typeof testStack>>;
  let url = '';

  const cli = (args: string[], env: Record<string, string> = {}): Promise<Result> => runCli(url, args, env);

  beforeAll(async () => {
    am = await startAlertmanager();
    t = await openTestDb('sqlite');
    stack = await testStack(t, [am.url], { intervalSeconds: 1 });
    app = stack.app;
    stack.reconciler.start();
    const port = await freePort();
    await app.listen({ host: '127.0.0.1', port });
    url = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await stack?.reconciler.stop();
    await app?.close();
    await t?.cleanup();
    await stopAll();
  });

  it('adds a service from amtool-style matchers', async () => {
    const r = await cli([
      'services',
      'add',
      '--name',
      'web',
      '--team',
      'platform',
      '--match',
      'job=web,env!=dev',
      '--match',
      '{instance=~"web-.*"}',
    ]);
    expect(r).toMatchObject({ code: 0 });
    expect(r.stdout).toContain('web {job="web", env!="dev"} OR {instance=~"web-.*"}');
    const again = await cli(['services', 'add', '--name', 'web', '--team', 'platform', '--match', 'job=web']);
    expect(again.code).toBe(6);
    expect(again.stderr).toContain('SERVICE_EXISTS');
    const dangerous = await cli([
      'services',
      'add',
      '--name',
      'all',
      '--team',
      'platform',
      '--match',
      'job!=web',
    ]);
    expect(dangerous.code).toBe(6);
    expect(dangerous.stderr).toContain('INVALID_MATCHERS');
  });

  let id = '';
  it('starts maintenance and prints only the id on stdout', async () => {
    const r = await cli(['maintenance', 'start', '--service', 'web', '--for', '2h', '--title', 'deploy 7']);
    expect(r.code).toBe(0);
    id = r.stdout.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.stderr).toContain('maintenance active: web');
  });

  it('waits until the silences are held with --wait', async () => {
    const r = await cli([
      '-o',
      'json',
      'maintenance',
      'start',
      '-s',
      'web',
      '--for',
      '1h',
      '-t',
      'waited',
      '--wait',
      '20s',
    ]);
    expect(r.code).toBe(0);
    const ev = JSON.parse(r.stdout);
    expect(ev.silenceStatus).toBe('held');
    expect(ev.silenceIds).toHaveLength(2);
    const silences = await liveSilences(am);
    expect(ev.silenceIds.every((id: string) => silences.some((s) => s.id === id))).toBe(true);
    expect((await cli(['maintenance', 'end', ev.id])).code).toBe(0);
  });

  it('extends, lists as JSON, and ends', async () => {
    const before = JSON.parse(
      (await cli(['-o', 'json', 'maintenance', 'list', '--active'])).stdout
    ) as Array<{ id: string; endsAt: string }>;
    const ev = before.find((e) => e.id === id);
    expect(ev).toBeDefined();
    const ext = await cli(['--output', 'json', 'maintenance', 'extend', id, '--for', '30m']);
    expect(ext.code).toBe(0);
    expect(Date.parse(JSON.parse(ext.stdout).endsAt) - Date.parse(ev!.endsAt)).toBe(30 * 60_000);
    const end = await cli(['maintenance', 'end', id]);
    expect(end).toMatchObject({ code: 0, stdout: `${id} ended\n` });
    const again = await cli(['maintenance', 'end', id]);
    expect(again.code).toBe(6);
    expect(again.stderr).toContain('EVENT_NOT_CHANGEABLE');
  });

  it('exits with codes a pipeline can act on', async () => {
    expect((await cli(['maintenance', 'list'], { STATUSBOARD_TOKEN: 'wrong' })).code).toBe(4);
    expect((await cli(['maintenance', 'end', '00000000-0000-0000-0000-000000000000'])).code).toBe(5);
    expect((await cli(['maintenance', 'start', '-s', 'web', '-t', 'x'])).code).toBe(2);
    expect((await cli(['maintenance', 'start', '-s', 'web', '-t', 'x', '--for', 'soon'])).code).toBe(2);
    expect((await cli(['maintenance', 'frobnicate'])).code).toBe(2);
    const down = await cli(['maintenance', 'list'], {
      STATUSBOARD_URL: `http://127.0.0.1:${await freePort()}`,
    });
    expect(down.code).toBe(3);
    expect(down.stderr).toContain('cannot reach StatusBoard');
  });

  it('never double-creates when the same idempotency key is retried', async () => {
    const args = [
      'maintenance',
      'start',
      '-s',
      'web',
      '--for',
      '1h',
      '-t',
      'ci run 9',
      '--idempotency-key',
      'pipeline-9',
    ];
    const a = await cli(args);
    const b = await cli(args);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    const list = JSON.parse((await cli(['-o', 'json', 'maintenance', 'list'])).stdout) as Array<{
      title: string;
    }>;
    expect(list.filter((e) => e.title === 'ci run 9')).toHaveLength(1);
  });
});

describe('statusboard CLI against a StatusBoard without Alertmanager', () => {
  let t: TestDb;
  let app: FastifyInstance;
  let url = '';

  beforeAll(async () => {
    t = await openTestDb('sqlite');
    ({ app } = await testApp(t));
    const port = await freePort();
    await app.listen({ host: '127.0.0.1', port });
    url = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await app?.close();
    await t?.cleanup();
  });

  it('fails --wait at once, saying silences are off, instead of waiting for ones that never come', async () => {
    const run = (args: string[]) => runCli(url, args);
    expect((await run(['services', 'add', '--name', 'db', '--team', 'core', '--match', 'job=db'])).code).toBe(
      0
    );
    const started = Date.now();
    const r = await run(['maintenance', 'start', '-s', 'db', '--for', '1h', '-t', 'no am', '--wait', '20s']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('silences are off');
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
