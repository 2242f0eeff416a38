/** Services: a name, an owning team and the matcher sets whose alerts its maintenance silences. */
import type { Kysely } from 'kysely';
import { recordAudit } from './audit';
import { AppError } from './errors';
import { newId } from './ids';
import { validateMatcherSets, type LabelRules, type MatcherSet } from './matchers';
import type { Database, ServiceRow } from './tables';

export interface Service {
  id: string;
  name: string;
  team: string;
  description: string;
  matcherSets: MatcherSet[];
  createdAt: string;
  updatedAt: string;
}

export interface ServiceInput {
  name: string;
  team: string;
  description?: string;
  matcherSets: MatcherSet[];
}

export type ServicePatch = Partial<Omit<ServiceInput, 'name'>>;

export function toService(r: ServiceRow): Service {
  return {
    id: r.id,
    name: r.name,
    team: r.team,
    description: r.description,
    matcherSets: JSON.parse(r.matcher_sets) as MatcherSet[],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Only the fields the API accepts, in a fixed order: what we store is what we compare and send. */
const normalise = (sets: MatcherSet[]): MatcherSet[] =>
  sets.map((s) => s.map((m) => ({ name: m.name, value: m.value, isRegex: m.isRegex, isEqual: m.isEqual })));

export class ServiceStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly labelRules: () => LabelRules
  ) {}

  async create(input: ServiceInput, actor: string, now: Date): Promise<Service> {
    validateMatcherSets(input.matcherSets, this.labelRules());
    const row: ServiceRow = {
      id: newId(),
      name: input.name,
      team: input.team,
      description: input.description ?? '',
      matcher_sets: JSON.stringify(normalise(input.matcherSets)),
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    };
    return this.db.transaction().execute(async (trx) => {
      const clash = await trx
        .selectFrom('services')
        .select('id')
        .where('name', '=', input.name)
        .executeTakeFirst();
      if (clash) throw new AppError('SERVICE_EXISTS', `service "${input.name}" already exists`);
      await trx.insertInto('services').values(row).execute();
      const created = toService(row);
      await recordAudit(
        trx,
        { actor, action: 'service.create', entity: 'service', entityId: row.id, after: created },
        now
      );
      return created;
    });
  }

  async update(name: string, patch: ServicePatch, actor: string, now: Date): Promise<Service> {
    if (patch.matcherSets) validateMatcherSets(patch.matcherSets, this.labelRules());
    return this.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('services').selectAll().where('name', '=', name).executeTakeFirst();
      if (!row) throw new AppError('SERVICE_NOT_FOUND', `no service named "${name}"`);
      const next: ServiceRow = {
        ...row,
        team: patch.team ?? row.team,
        description: patch.description ?? row.description,
        matcher_sets: patch.matcherSets ? JSON.stringify(normalise(patch.matcherSets)) : row.matcher_sets,
        updated_at: now.toISOString(),
      };
      await trx.updateTable('services').set(next).where('id', '=', row.id).execute();
      const [before, after] = [toService(row), toService(next)];
      await recordAudit(
        trx,
        { actor, action: 'service.update', entity: 'service', entityId: row.id, before, after },
        now
      );
      return after;
    });
  }

  async getByName(name: string): Promise<Service> {
    const row = await this.db.selectFrom('services').selectAll().where('name', '=', name).executeTakeFirst();
    if (!row) throw new AppError('SERVICE_NOT_FOUND', `no service named "${name}"`);
    return toService(row);
  }

  async list(): Promise<Service[]> {
    const rows = await this.db.selectFrom('services').selectAll().orderBy('name').execute();
    return rows.map(toService);
  }
}
