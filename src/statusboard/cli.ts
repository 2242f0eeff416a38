/**
 * The `statusboard` CLI: a thin client of the REST API, made for CI pipelines. Configuration from
 * STATUSBOARD_URL and STATUSBOARD_TOKEN (or --url/--token); `--output json` prints the API's JSON.
 * `maintenance start` sends an Idempotency-Key and retries network errors and 5xx with it, so a flaky
 * network never creates two events.
 *
 * Exit codes: 0 ok, 1 unexpected failure, 2 usage error, 3 server unreachable, 4 not authorised (401/403),
 * 5 not found, 6 refused by the server (other 4xx: validation, conflict), 7 server error (5xx).
 */
import { randomUUID } from 'node:crypto';
import { Command, CommanderError, Option } from 'commander';
import { parseDuration } from './duration';
import { formatMatcherSet, parseMatcherSet } from './matcher-syntax';

export const EXIT = {
  OK: 0,
  FAILURE: 1,
  USAGE: 2,
  UNREACHABLE: 3,
  AUTH: 4,
  NOT_FOUND: 5,
  REFUSED: 6,
  SERVER: 7,
} as const;

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
}

class CliExit extends Error {
  constructor(
    readonly code: number,
    message: string
  ) {
    super(message);
  }
}

interface Globals {
  url: string;
  token?: string;
  output: 'text' | 'json';
  timeout: string;
}

interface ApiEvent {
  id: string;
  service: string;
  title: string;
  mode: string;
  state: string;
  startsAt: string;
  endsAt: string;
  silenceStatus: string;
  silenceIds: string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function exitFor(status: number): number {
  if (status === 401 || status === 403) return EXIT.AUTH;
  if (status === 404) return EXIT.NOT_FOUND;
  if (status >= 500) return EXIT.SERVER;
  return EXIT.REFUSED;
}

class Api {
  constructor(private readonly g: Globals) {}

  async call<T>(
    method: string,
    path: string,
    body?: unknown,
    opts: { idempotencyKey?: string; retries?: number } = {}
  ): Promise<T> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.g.token) headers.authorization = `Bearer ${this.g.token}`;
    if (opts.idempotencyKey) headers['idempotency-key'] = opts.idempotencyKey;
    const retries = opts.retries ?? 0;
    const timeoutMs = parseDuration(this.g.timeout);
    for (let attempt = 0; ; attempt++) {
      let res: Response;
      try {
        res = await fetch(this.g.url.replace(/\/+$/, '') + path, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (err) {
        if (attempt < retries) {
          await sleep(500 * 2 ** attempt);
          continue;
        }
        const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).message;
        throw new CliExit(EXIT.UNREACHABLE, `cannot reach StatusBoard at ${this.g.url}: ${cause}`);
      }
      const text = await res.text();
      if (res.ok) return (text ? JSON.parse(text) : null) as T;
      if (res.status >= 500 && attempt < retries) {
        await sleep(500 * 2 ** attempt);
        continue;
      }
      let message = `HTTP ${res.status}`;
      try {
        const e = (JSON.parse(text) as { error?: { code?: string; message?: string } }).error;
        if (e) message = `${e.code}: ${e.message}`;
      } catch {
        // not JSON; keep the status line
      }
      throw new CliExit(exitFor(res.status), message);
    }
  }
}

function timeArg(name: string, value: string): string {
  const d = new Date(value);
  if (Number.isNaN(d.getTime()))
    throw new CliExit(EXIT.USAGE, `${name}: "${value}" is not a time (use RFC 3339)`);
  return d.toISOString();
}

function durationArg(name: string, value: string): number {
  try {
    return parseDuration(value);
  } catch (err) {
    throw new CliExit(EXIT.USAGE, `${name}: ${(err as Error).message}`);
  }
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const program = new Command('statusboard');
  const globals = (): Globals => program.opts<Globals>();
  const api = () => new Api(globals());
  const print = (json: unknown, text: () => string) =>
    io.stdout(globals().output === 'json' ? `${JSON.stringify(json, null, 2)}\n` : text());
  const eventLine = (e: ApiEvent) =>
    `${e.id}  ${e.state.padEnd(9)}  ${e.service}  ${e.startsAt} -> ${e.endsAt}  silences:${e.silenceStatus}  ${e.title}\n`;

  program
    .description('Declare maintenance in StatusBoard so Alertmanager keeps quiet.')
    .addOption(
      new Option('--url <url>', 'StatusBoard base URL')
        .env('STATUSBOARD_URL')
        .default('http://127.0.0.1:8080')
    )
    .addOption(new Option('--token <token>', 'API token').env('STATUSBOARD_TOKEN'))
    .addOption(new Option('-o, --output <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--timeout <duration>', 'per-request timeout', '10s')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  // Commander reads env through process.env; give it ours.
  for (const [k, v] of Object.entries(io.env))
    if (k.startsWith('STATUSBOARD_') && process.env[k] === undefined) process.env[k] = v;

  const maintenance = program.command('maintenance').alias('m').description('maintenance events');

  maintenance
    .command('start')
    .description('start (or schedule) a maintenance window; prints the event id')
    .requiredOption('-s, --service <name>', 'service under maintenance')
    .requiredOption('-t, --title <title>', 'what is going on')
    .option('--for <duration>', 'length, e.g. 2h or 1h30m')
    .option('--until <time>', 'end time (RFC 3339) instead of --for')
    .option('--starts-at <time>', 'start time (RFC 3339); default now')
    .option('--description <text>', 'longer description')
    .option('--ticket <url>', 'ticket or change-request URL')
    .addOption(
      new Option('--mode <mode>', 'maintenance silences alerts; info only records')
        .choices(['maintenance', 'info'])
        .default('maintenance')
    )
    .option('--idempotency-key <key>', 'retry-safe key (default: a fresh one per invocation)')
    .option('--wait <duration>', 'wait up to this long until the silences are held')
    .action(
      async (o: {
        service: string;
        title: string;
        for?: string;
        until?: string;
        startsAt?: string;
        description?: string;
        ticket?: string;
        mode: string;
        idempotencyKey?: string;
        wait?: string;
      }) => {
        if ((o.for === undefined) === (o.until === undefined))
          throw new CliExit(EXIT.USAGE, 'give exactly one of --for or --until');
        const start = o.startsAt ? new Date(timeArg('--starts-at', o.startsAt)) : new Date();
        // --for travels as a duration, not an end time, so a retried call sends the very same body.
        const length = o.until
          ? { endsAt: timeArg('--until', o.until) }
          : { durationSeconds: Math.round(durationArg('--for', o.for as string) / 1000) };
        const body = {
          service: o.service,
          title: o.title,
          mode: o.mode,
          ...length,
          ...(o.startsAt ? { startsAt: start.toISOString() } : {}),
          ...(o.description ? { description: o.description } : {}),
          ...(o.ticket ? { ticketUrl: o.ticket } : {}),
        };
        let ev = await api().call<ApiEvent>('POST', '/api/v1/events', body, {
          idempotencyKey: o.idempotencyKey ?? randomUUID(),
          retries: 3,
        });
        if (o.wait && ev.state === 'active' && ev.mode === 'maintenance') {
          const until = Date.now() + durationArg('--wait', o.wait);
          // 'off': StatusBoard has no Alertmanager, so waiting could never succeed.
          while (ev.silenceStatus === 'pending' && Date.now() < until) {
            await sleep(500);
            ev = await api().call<ApiEvent>('GET', `/api/v1/events/${ev.id}`);
          }
          if (ev.silenceStatus !== 'held') {
            print(ev, () => `${ev.id}\n`);
            throw new CliExit(
              EXIT.SERVER,
              `event ${ev.id} created, but its silences are ${ev.silenceStatus}`
            );
          }
        }
        print(ev, () => `${ev.id}\n`);
        io.stderr(
          `maintenance ${ev.state}: ${ev.service} until ${ev.endsAt} (silences ${ev.silenceStatus})\n`
        );
      }
    );

  maintenance
    .command('end <id>')
    .description('end a maintenance window now')
    .action(async (id: string) => {
      const ev = await api().call<ApiEvent>(
        'POST',
        `/api/v1/events/${encodeURIComponent(id)}/end`,
        undefined,
        { retries: 3 }
      );
      print(ev, () => `${ev.id} ${ev.state}\n`);
    });

  maintenance
    .command('cancel <id>')
    .description('withdraw a maintenance window')
    .action(async (id: string) => {
      const ev = await api().call<ApiEvent>(
        'POST',
        `/api/v1/events/${encodeURIComponent(id)}/cancel`,
        undefined,
        { retries: 3 }
      );
      print(ev, () => `${ev.id} ${ev.state}\n`);
    });

  maintenance
    .command('extend <id>')
    .description('move the end of a window: --for adds to the current end, --until sets it')
    .option('--for <duration>', 'add this much, e.g. 30m')
    .option('--until <time>', 'new end time (RFC 3339)')
    .action(async (id: string, o: { for?: string; until?: string }) => {
      if ((o.for === undefined) === (o.until === undefined))
        throw new CliExit(EXIT.USAGE, 'give exactly one of --for or --until');
      let endsAt: string;
      if (o.until) endsAt = timeArg('--until', o.until);
      else {
        const cur = await api().call<ApiEvent>('GET', `/api/v1/events/${encodeURIComponent(id)}`);
        endsAt = new Date(Date.parse(cur.endsAt) + durationArg('--for', o.for as string)).toISOString();
      }
      const ev = await api().call<ApiEvent>(
        'PATCH',
        `/api/v1/events/${encodeURIComponent(id)}`,
        { endsAt },
        { retries: 3 }
      );
      print(ev, () => `${ev.id} until ${ev.endsAt}\n`);
    });

  maintenance
    .command('list')
    .description('list events, newest first')
    .option('-s, --service <name>', 'only this service')
    .option('--active', 'only active events')
    .option('--limit <n>', 'at most this many', '50')
    .action(async (o: { service?: string; active?: boolean; limit: string }) => {
      const q = new URLSearchParams({ limit: o.limit });
      if (o.service) q.set('service', o.service);
      if (o.active) q.set('active', 'true');
      const page = await api().call<{ items: ApiEvent[] }>('GET', `/api/v1/events?${q}`);
      print(page.items, () => page.items.map(eventLine).join('') || '(no events)\n');
    });

  const services = program.command('services').description('services and their matchers');

  services
    .command('add')
    .description('register a service; each --match is one silence (several mean OR)')
    .requiredOption('-n, --name <name>', 'service name')
    .requiredOption('--team <team>', 'owning team')
    .option('--description <text>', 'what it is')
    .requiredOption(
      '-m, --match <matchers...>',
      "matcher set, e.g. 'job=web,env!=dev' or '{instance=~\"web-.*\"}'"
    )
    .action(async (o: { name: string; team: string; description?: string; match: string[] }) => {
      let matcherSets;
      try {
        matcherSets = o.match.map(parseMatcherSet);
      } catch (err) {
        throw new CliExit(EXIT.USAGE, `--match: ${(err as Error).message}`);
      }
      const svc = await api().call<{ name: string; matcherSets: Parameters<typeof formatMatcherSet>[0][] }>(
        'POST',
        '/api/v1/services',
        { name: o.name, team: o.team, description: o.description ?? '', matcherSets },
        { idempotencyKey: randomUUID(), retries: 3 }
      );
      print(svc, () => `${svc.name} ${svc.matcherSets.map(formatMatcherSet).join(' OR ')}\n`);
    });

  services
    .command('list')
    .description('list services')
    .action(async () => {
      const res = await api().call<{
        items: Array<{ name: string; team: string; matcherSets: Parameters<typeof formatMatcherSet>[0][] }>;
      }>('GET', '/api/v1/services');
      print(
        res.items,
        () =>
          res.items
            .map((s) => `${s.name}  team:${s.team}  ${s.matcherSets.map(formatMatcherSet).join(' OR ')}\n`)
            .join('') || '(no services)\n'
      );
    });

  try {
    await program.parseAsync(argv);
    return EXIT.OK;
  } catch (err) {
    if (err instanceof CliExit) {
      io.stderr(`statusboard: ${err.message}\n`);
      return err.code;
    }
    if (err instanceof CommanderError) {
      // --help and --version end here too, successfully.
      return err.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    io.stderr(`statusboard: ${(err as Error).message}\n`);
    return EXIT.FAILURE;
  }
}
