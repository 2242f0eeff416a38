/**
 * Starts real Alertmanager 0.25 processes (Debian prometheus-alertmanager) on free loopback ports, for
 * integration tests. Every process started here is killed by stopAll() in afterAll.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const AM_BIN = process.env.ALERTMANAGER_BIN ?? '/usr/bin/prometheus-alertmanager';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export interface AmNode {
  url: string;
  webPort: number;
  clusterPort: number;
  dir: string;
  proc: ChildProcess | null;
  peers: string[];
}

const running = new Set<AmNode>();

// Last resort when a test run dies before its afterAll: take our Alertmanagers down with us.
process.once('exit', () => {
  for (const node of running) node.proc?.kill('SIGKILL');
});

async function waitReady(url: string, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const r = await fetch(`${url}/-/ready`, { signal: AbortSignal.timeout(500) });
      if (r.ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Alertmanager at ${url} did not become ready`);
}

function launch(node: AmNode): void {
  const args = [
    `--config.file=${join(node.dir, 'am.yml')}`,
    `--storage.path=${join(node.dir, 'data')}`,
    `--web.listen-address=127.0.0.1:${node.webPort}`,
    `--log.level=warn`,
  ];
  if (node.peers.length === 0 && node.clusterPort === 0) args.push('--cluster.listen-address=');
  else {
    args.push(
      `--cluster.listen-address=127.0.0.1:${node.clusterPort}`,
      `--cluster.advertise-address=127.0.0.1:${node.clusterPort}`,
      '--cluster.gossip-interval=50ms',
      '--cluster.pushpull-interval=1s',
      '--cluster.settle-timeout=1s'
    );
    for (const p of node.peers) args.push(`--cluster.peer=${p}`);
  }
  node.proc = spawn(AM_BIN, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  node.proc.stderr?.on('data', () => {}); // drain, or a chatty node blocks on a full pipe
}

/** Starts one node; `clustered` gives it a cluster port, `peers` are other nodes' cluster addresses. */
export async function startAlertmanager(
  opts: { clustered?: boolean; peers?: string[] } = {}
): Promise<AmNode> {
  const dir = mkdtempSync(join(tmpdir(), 'statusboard-am-'));
  writeFileSync(join(dir, 'am.yml'), 'route:\n  receiver: blackhole\nreceivers:\n  - name: blackhole\n');
  const webPort = await freePort();
  const clusterPort = opts.clustered || opts.peers?.length ? await freePort() : 0;
  const node: AmNode = {
    url: `http://127.0.0.1:${webPort}`,
    webPort,
    clusterPort,
    dir,
    proc: null,
    peers: opts.peers ?? [],
  };
  running.add(node);
  launch(node);
  await waitReady(node.url);
  return node;
}

export async function kill9(node: AmNode): Promise<void> {
  const p = node.proc;
  if (!p || p.exitCode !== null) return;
  const exited = new Promise((r) => p.once('exit', r));
  p.kill('SIGKILL');
  await exited;
  node.proc = null;
}

/** Restarts a node with the same ports and storage, as an operator (or systemd) would. */
export async function restart(node: AmNode): Promise<void> {
  await kill9(node);
  launch(node);
  await waitReady(node.url);
}

export async function stopAll(): Promise<void> {
  for (const node of running) {
    await kill9(node);
    rmSync(node.dir, { recursive: true, force: true });
  }
  running.clear();
}

/** Silences in one node (active or pending), straight from its API. */
export async function liveSilences(
  node: AmNode
): Promise<Array<{ id: string; createdBy: string; comment: string; endsAt: string; matchers: unknown[] }>> {
  const r = await fetch(`${node.url}/api/v2/silences`);
  const all = (await r.json()) as Array<{
    id: string;
    createdBy: string;
    comment: string;
    endsAt: string;
    matchers: unknown[];
    status: { state: string };
  }>;
  return all.filter((s) => s.status.state !== 'expired');
}

export async function waitFor<T>(
  what: string,
  fn: () => Promise<T | undefined | false>,
  timeoutMs = 15_000
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < until) {
    try {
      const v = await fn();
      if (v !== undefined && v !== false) return v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
