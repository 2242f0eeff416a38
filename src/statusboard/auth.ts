/**
 * Bearer-token authentication and the role checks routes call. Reads may be public by configuration;
 * writes always need a token, and editors only touch their own teams' services.
 */
import type { FastifyRequest } from 'fastify';
import { AppError } from './errors';
import { canManage, type Principal, type TokenStore } from './tokens';

export class Auth {
  constructor(
    private readonly tokens: TokenStore,
    private readonly publicReads: boolean
  ) {}

  /** The caller, or null when no token was sent. A wrong token is always an error, even on public reads. */
  async principal(req: FastifyRequest): Promise<Principal | null> {
    const h = req.headers.authorization;
    if (h === undefined || h === '') return null;
    const m = /^Bearer\s+(\S+)$/i.exec(h);
    if (!m) throw new AppError('UNAUTHENTICATED', 'Authorization must be "Bearer <token>"');
    const p = await this.tokens.authenticate(m[1]);
    if (!p) throw new AppError('UNAUTHENTICATED', 'unknown or revoked token');
    return p;
  }

  async read(req: FastifyRequest): Promise<Principal | null> {
    const p = await this.principal(req);
    if (!p && !this.publicReads) throw new AppError('UNAUTHENTICATED', 'send Authorization: Bearer <token>');
    return p;
  }

  async write(req: FastifyRequest): Promise<Principal> {
    const p = await this.principal(req);
    if (!p) throw new AppError('UNAUTHENTICATED', 'writes need Authorization: Bearer <token>');
    if (p.role === 'viewer') throw new AppError('FORBIDDEN', 'viewer tokens cannot change anything');
    return p;
  }

  async admin(req: FastifyRequest): Promise<Principal> {
    const p = await this.write(req);
    if (p.role !== 'admin') throw new AppError('FORBIDDEN', 'only admin tokens may do this');
    return p;
  }
}

export function assertTeam(p: Principal, team: string): void {
  if (!canManage(p, team)) throw new AppError('FORBIDDEN', `token "${p.name}" may not manage team "${team}"`);
}

/** The audit "who": the token's name and id, so a rotated token with the same name stays traceable. */
export const actorOf = (p: Principal): string => `${p.name} (${p.tokenId.slice(0, 8)})`;
