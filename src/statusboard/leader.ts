/**
 * Leader election for replicas sharing PostgreSQL: the replica holding a session advisory lock
 * reconciles, the others wait. The lock lives on its own connection; if that connection dies, the
 * lock is released by the server and another replica takes over on its next tick. SQLite is one
 * process by construction, so it is always the leader.
 *
 * The same connection LISTENs on `statusboard_changed`, so a write on any replica wakes the leader at
 * once instead of at its next timer tick.
 */
import pg from 'pg';

export interface Leader {
  /** True when this replica may reconcile now (acquires the lock when free). */
  acquire(): Promise<boolean>;
  /** Tell the leader (maybe another replica) that desired state changed. */
  notifyChange(): Promise<void>;
  onChange(listener: () => void): void;
  release(): Promise<void>;
}

export class LocalLeader implements Leader {
  async acquire(): Promise<boolean> {
    return true;
  }
  async notifyChange(): Promise<void> {}
  onChange(): void {}
  async release(): Promise<void> {}
}

const CHANNEL = 'statusboard_changed';

export class PgAdvisoryLeader implements Leader {
  private client: pg.Client | null = null;
  private held = false;
  private listeners: Array<() => void> = [];

  constructor(private readonly config: pg.ClientConfig) {}

  private connecting: Promise<pg.Client> | null = null;

  /** One connection at a time, even when acquire() and onChange() race. */
  private connect(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    if (!this.connecting) {
      this.connecting = (async () => {
        const c = new pg.Client(this.config);
        c.on('error', () => this.drop(c));
        c.on('notification', () => this.listeners.forEach((l) => l()));
        try {
          await c.connect();
          await c.query(`listen ${CHANNEL}`);
        } catch (err) {
          c.end().catch(() => {});
          throw err;
        }
        this.client = c;
        return c;
      })().finally(() => {
        this.connecting = null;
      });
    }
    return this.connecting;
  }

  private drop(c: pg.Client): void {
    if (this.client === c) {
      this.client = null;
      this.held = false;
    }
    c.end().catch(() => {});
  }

  async acquire(): Promise<boolean> {
    let c: pg.Client;
    try {
      c = await this.connect();
      if (this.held) {
        await c.query('select 1'); // still connected, so still ours
        return true;
      }
      // Keyed by schema, so isolated deployments (and test schemas) in one database do not contend.
      const r = await c.query<{ ok: boolean }>(
        `select pg_try_advisory_lock(hashtext('statusboard-leader:' || current_schema())) as ok`
      );
      this.held = r.rows[0].ok;
      return this.held;
    } catch {
      if (this.client) this.drop(this.client);
      return false;
    }
  }

  async notifyChange(): Promise<void> {
    try {
      const c = await this.connect();
      await c.query(`notify ${CHANNEL}`);
    } catch {
      // The leader's timer picks the change up anyway.
    }
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
    void this.connect().catch(() => {});
  }

  isHeld(): boolean {
    return this.held;
  }

  async release(): Promise<void> {
    const c = this.client;
    this.client = null;
    this.held = false;
    if (c) await c.end().catch(() => {});
  }
}
