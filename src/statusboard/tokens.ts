/**
 * API tokens. The secret is shown once at creation and only its SHA-256 is stored: a leaked database
 * does not leak working tokens. (Tokens are 256-bit random, so a slow password hash adds nothing.)
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { recordAudit } from './audit';
import { AppError } from './errors';
import { newId } from './ids';
import type { Database, TokenRow } from './tables';

export type Role = 'viewer' | 'editor' | 'admin';
export const ROLES: readonly Role[] = ['viewer', 'editor', 'admin'];

export interface Principal {
  tokenId: string;
  name: string;
  role: Role;
  /** Teams whose services an editor may manage. */
  teams: string[];
}

export interface TokenView {
  id: string;
  name: string;
  role: Role;
  teams: string[];
  createdAt: string;
  revokedAt: string | null;
}

export const hashToken = (secret: string): string => createHash('sha256').update(secret).digest('hex');

const view = (r: TokenRow): TokenView => ({
  id: r.id,
  name: r.name,
  role: r.role as Role,
  teams: JSON.parse(r.teams) as string[],
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

/**
 * Authenticated tokens are remembered this long, saving a database round trip on every request. A
 * revocation through this process takes effect at once; one made through another replica within this.
 */
const AUTH_CACHE_MS = 5000;

export class TokenStore {
  private readonly cache = new Map<string, { principal: Principal; until: number }>();

  constructor(private readonly db: Kysely<Database>) {}

  /** Creates a token; `secret` is for seeding a known value (STATUSBOARD_ADMIN_TOKEN), else random. */
  async create(
    input: { name: string; role: Role; teams?: string[]; secret?: string },
    actor: string,
    now: Date
  ): Promise<TokenView & { token: string }> {
    const token = input.secret ?? `sb_${randomBytes(32).toString('base64url')}`;
    const row: TokenRow = {
      id: newId(),
      name: input.name,
      hash: hashToken(token),
      role: input.role,
      teams: JSON.stringify(input.teams ?? []),
      created_at: now.toISOString(),
      revoked_at: null,
    };
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('tokens').values(row).execute();
      await recordAudit(
        trx,
        { actor, action: 'token.create', entity: 'token', entityId: row.id, after: view(row) },
        now
      );
    });
    return { ...view(row), token };
  }

  /** Seeds the admin token from the environment once; a restart with the same value is a no-op. */
  async seedAdmin(secret: string, now: Date): Promise<void> {
    const found = await this.db
      .selectFrom('tokens')
      .select('id')
      .where('hash', '=', hashToken(secret))
      .executeTakeFirst();
    if (found) return;
    try {
      await this.create({ name: 'admin (STATUSBOARD_ADMIN_TOKEN)', role: 'admin', secret }, 'system', now);
    } catch (err) {
      // Another replica seeded it between our check and insert (unique hash): that is fine.
      const again = await this.db
        .selectFrom('tokens')
        .select('id')
        .where('hash', '=', hashToken(secret))
        .executeTakeFirst();
      if (!again) throw err;
    }
  }

  async authenticate(secret: string): Promise<Principal | null> {
    const hash = hashToken(secret);
    const hit = this.cache.get(hash);
    if (hit && hit.until > Date.now()) return hit.principal;
    const r = await this.db
      .selectFrom('tokens')
      .selectAll()
      .where('hash', '=', hash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (!r) return null;
    const principal = {
      tokenId: r.id,
      name: r.name,
      role: r.role as Role,
      teams: JSON.parse(r.teams) as string[],
    };
    if (this.cache.size > 1000) this.cache.clear();
    this.cache.set(hash, { principal, until: Date.now() + AUTH_CACHE_MS });
    return principal;
  }

  async list(): Promise<TokenView[]> {
    return (await this.db.selectFrom('tokens').selectAll().orderBy('created_at').execute()).map(view);
  }

  async revoke(id: string, actor: string, now: Date): Promise<TokenView> {
    return this.db.transaction().execute(async (trx) => {
      const r = await trx.selectFrom('tokens').selectAll().where('id', '=', id).executeTakeFirst();
      if (!r) throw new AppError('NOT_FOUND', `no token with id "${id}"`);
      const next = { ...r, revoked_at: r.revoked_at ?? now.toISOString() };
      await trx.updateTable('tokens').set({ revoked_at: next.revoked_at }).where('id', '=', id).execute();
      this.cache.clear();
      await recordAudit(
        trx,
        { actor, action: 'token.revoke', entity: 'token', entityId: id, before: view(r), after: view(next) },
        now
      );
      return view(next);
    });
  }
}

/** Editors manage only their teams' services; admins manage all; viewers nothing. */
export function canManage(p: Principal, team: string): boolean {
  return p.role === 'admin' || (p.role === 'editor' && p.teams.includes(team));
}
