/**
 * Alertmanager API v2 client for one HA cluster. The peers gossip silences, so every write goes to ONE
 * healthy peer (DESIGN.md 4): we stick to the peer that last answered and move on only on a network
 * error, a timeout or a 5xx. 4xx means our request is wrong and is never retried elsewhere.
 */
import type { Matcher } from './matchers';

export interface AmSilence {
  id: string;
  matchers: Matcher[];
  startsAt: string;
  endsAt: string;
  createdBy: string;
  comment: string;
  status: { state: 'active' | 'pending' | 'expired' };
  updatedAt?: string;
}

export interface AmSilenceInput {
  id?: string;
  matchers: Matcher[];
  startsAt: string;
  endsAt: string;
  createdBy: string;
  comment: string;
}

export interface AmAlert {
  labels: Record<string, string>;
  annotations: Record<string, string>;
  startsAt: string;
  fingerprint: string;
  status: { state: string; silencedBy: string[] };
}

export interface AmStatus {
  version: string;
  clusterStatus: string;
  peers: number;
}

export interface PeerState {
  url: string;
  up: boolean;
  lastError: string | null;
}

export class AlertmanagerError extends Error {
  constructor(
    message: string,
    /** HTTP status when the peer answered; undefined for network errors and timeouts. */
    readonly status?: number,
    readonly body?: string
  ) {
    super(message);
    this.name = 'AlertmanagerError';
  }
  /** Worth trying another peer: the peer is unreachable or broken, not our request. */
  get failover(): boolean {
    return this.status === undefined || this.status >= 500;
  }
}

export interface ClientOptions {
  timeoutMs?: number;
  /** Extra rounds over all peers after the first, with exponential backoff between rounds. */
  retries?: number;
  backoffMs?: number;
  /** Called after each request with the peer and whether it answered (for metrics). */
  onPeer?: (url: string, up: boolean) => void;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class AlertmanagerClient {
  readonly peers: PeerState[];
  private preferred = 0;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly backoffMs: number;
  version: string | undefined;

  constructor(
    urls: string[],
    private readonly opts: ClientOptions = {}
  ) {
    if (urls.length === 0) throw new Error('AlertmanagerClient needs at least one URL');
    this.peers = urls.map((url) => ({ url: url.replace(/\/+$/, ''), up: true, lastError: null }));
    this.timeoutMs = opts.timeoutMs ?? 5000;
    this.retries = opts.retries ?? 2;
    this.backoffMs = opts.backoffMs ?? 200;
  }

  private async once(peer: PeerState, method: string, path: string, body?: unknown): Promise<unknown> {
    let res: Response;
    try {
      res = await fetch(peer.url + path, {
        method,
        headers: body === undefined ? undefined : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name;
      throw new AlertmanagerError(`${method} ${peer.url}${path}: ${cause}`);
    }
    const text = await res.text();
    // 0.25 answers an unknown silence id with 500 "silence not found": an answer, not a broken peer.
    if (res.status === 500 && /silence not found/i.test(text))
      throw new AlertmanagerError(`${method} ${peer.url}${path}: silence not found`, 404, text);
    if (!res.ok)
      throw new AlertmanagerError(
        `${method} ${peer.url}${path}: HTTP ${res.status} ${text.trim()}`,
        res.status,
        text
      );
    return text === '' ? null : (JSON.parse(text) as unknown);
  }

  /** One request, to the preferred peer first, failing over through the others. */
  async request(method: string, path: string, body?: unknown): Promise<unknown> {
    let last: AlertmanagerError | undefined;
    for (let round = 0; round <= this.retries; round++) {
      if (round > 0) await sleep(this.backoffMs * 2 ** (round - 1));
      for (let k = 0; k < this.peers.length; k++) {
        const i = (this.preferred + k) % this.peers.length;
        const peer = this.peers[i];
        try {
          const out = await this.once(peer, method, path, body);
          this.mark(peer, true, null);
          this.preferred = i;
          return out;
        } catch (err) {
          const e = err as AlertmanagerError;
          if (!e.failover) {
            // The peer is fine; our request is not.
            this.mark(peer, true, null);
            throw e;
          }
          this.mark(peer, false, e.message);
          last = e;
        }
      }
    }
    throw last ?? new AlertmanagerError('no Alertmanager peer answered');
  }

  private mark(peer: PeerState, up: boolean, error: string | null): void {
    peer.up = up;
    peer.lastError = error;
    this.opts.onPeer?.(peer.url, up);
  }

  /** GET /api/v2/status; remembers the version for label-name rules. */
  async status(): Promise<AmStatus> {
    const s = (await this.request('GET', '/api/v2/status')) as {
      versionInfo?: { version?: string };
      cluster?: { status?: string; peers?: unknown[] };
    };
    this.version = s.versionInfo?.version;
    return {
      version: this.version ?? 'unknown',
      clusterStatus: s.cluster?.status ?? 'unknown',
      peers: s.cluster?.peers?.length ?? 0,
    };
  }

  /** Asks every peer directly (no failover) whether it is up: for /readyz and the up gauge. */
  async probeAll(): Promise<PeerState[]> {
    await Promise.all(
      this.peers.map(async (p) => {
        try {
          await this.once(p, 'GET', '/api/v2/status');
          this.mark(p, true, null);
        } catch (err) {
          this.mark(p, false, (err as Error).message);
        }
      })
    );
    return this.peers.map((p) => ({ ...p }));
  }

  async listSilences(filter?: string[]): Promise<AmSilence[]> {
    const q = (filter ?? []).map((f) => `filter=${encodeURIComponent(f)}`).join('&');
    return (await this.request('GET', `/api/v2/silences${q ? `?${q}` : ''}`)) as AmSilence[];
  }

  /** Creates a silence, or updates it in place when `id` is set and matchers and startsAt are unchanged. */
  async postSilence(s: AmSilenceInput): Promise<string> {
    const out = (await this.request('POST', '/api/v2/silences', s)) as { silenceID: string };
    return out.silenceID;
  }

  /** Expires a silence. An unknown id counts as done: there is nothing left to silence. */
  async expireSilence(id: string): Promise<void> {
    try {
      await this.request('DELETE', `/api/v2/silence/${encodeURIComponent(id)}`);
    } catch (err) {
      if ((err as AlertmanagerError).status === 404) return;
      throw err;
    }
  }

  async alerts(): Promise<AmAlert[]> {
    return (await this.request(
      'GET',
      '/api/v2/alerts?active=true&silenced=true&inhibited=true'
    )) as AmAlert[];
  }
}
