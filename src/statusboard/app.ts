/**
 * build(): the fastify app, wired but not listening (tests use app.inject(), main.ts calls listen).
 * Every error leaves as { error: { code, message } } with a stable code from errors.ts.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AlertmanagerClient } from './alertmanager';
import { Auth } from './auth';
import { systemClock, type Clock } from './clock';
import type { Config } from './config';
import type { Ctx } from './context';
import type { Db } from './db';
import { AppError, errorBody, type ErrorCode } from './errors';
import { EventStore } from './events';
import { IdempotencyStore } from './idempotency';
import { labelRulesFor } from './matchers';
import { Metrics } from './metrics';
import { MicroCache } from './micro-cache';
import { adminRoutes } from './routes-admin';
import { eventsRoutes } from './routes-events';
import { healthRoutes } from './routes-health';
import { servicesRoutes } from './routes-services';
import { webRoutes } from './routes-web';
import { ServiceStore } from './services';
import { TokenStore } from './tokens';

export interface BuildOptions {
  config: Config;
  db: Db;
  clock?: Clock;
  alertmanager?: AlertmanagerClient;
  metrics?: Metrics;
  onChange?: () => void;
}

/** fastify's own error codes for bad requests, mapped onto ours. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_JSON',
};

export function createContext(opts: BuildOptions): Ctx {
  const { config, db } = opts;
  const tokens = new TokenStore(db.kysely);
  const am = opts.alertmanager;
  return {
    config,
    db,
    clock: opts.clock ?? systemClock,
    services: new ServiceStore(db.kysely, () => labelRulesFor(am?.version)),
    events: new EventStore(db.kysely, {
      maxDurationMs: config.maxDurationHours * 3_600_000,
      silencesOff: am === undefined,
    }),
    tokens,
    idempotency: new IdempotencyStore(db.kysely),
    auth: new Auth(tokens, config.publicReads),
    metrics: opts.metrics ?? new Metrics(),
    alertmanager: am,
    onChange: () => {
      db.generation.bump();
      opts.onChange?.();
    },
    listCache: new MicroCache(config.listCacheMs, db.generation),
  };
}

export async function build(opts: BuildOptions): Promise<FastifyInstance> {
  const ctx = createContext(opts);
  const app = Fastify({
    logger: opts.config.logLevel === 'silent' ? false : { level: opts.config.logLevel },
    bodyLimit: opts.config.bodyLimitBytes,
    ajv: {
      // Reject unknown fields (a typo like "endAt" must not be silently dropped).
      customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: true },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setErrorHandler((err: FastifyError | AppError, req, reply) => {
    if (err instanceof AppError)
      return reply.code(err.status).send(errorBody(err.code, err.message, err.details));
    if (err.validation) {
      const msg = err.validation
        .map(
          (v) => `${err.validationContext ?? 'request'}${v.instancePath || ''} ${v.message ?? 'is invalid'}`
        )
        .join('; ');
      return reply.code(400).send(errorBody('VALIDATION_FAILED', msg));
    }
    const mapped = err.code ? FASTIFY_CODES[err.code] : undefined;
    if (mapped) return reply.code(err.statusCode ?? 400).send(errorBody(mapped, err.message));
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply
        .code(err.statusCode)
        .send(
          errorBody(err.statusCode === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'VALIDATION_FAILED', err.message)
        );
    }
    req.log.error({ err }, 'unhandled error');
    return reply.code(500).send(errorBody('INTERNAL', 'internal error; see the server log'));
  });
  app.setNotFoundHandler((req, reply) =>
    reply.code(404).send(errorBody('NOT_FOUND', `no route ${req.method} ${req.url.split('?')[0]}`))
  );

  // PostgreSQL text cannot hold NUL; refuse it up front (a 400), on both databases alike.
  app.addHook('preValidation', async (req) => {
    if (req.url.includes('%00') || (req.body != null && JSON.stringify(req.body).includes('\\u0000')))
      throw new AppError('VALIDATION_FAILED', 'NUL characters are not allowed');
  });

  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unmatched';
    ctx.metrics.httpDuration
      .labels(req.method, route, String(reply.statusCode))
      .observe(reply.elapsedTime / 1000);
  });

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'StatusBoard API',
        version: '1',
        description: 'Maintenance events that hold Alertmanager silences.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  await app.register(healthRoutes(ctx));
  await app.register(servicesRoutes(ctx), { prefix: '/api/v1' });
  await app.register(eventsRoutes(ctx), { prefix: '/api/v1' });
  await app.register(adminRoutes(ctx), { prefix: '/api/v1' });

  await app.register(webRoutes);
  // dist/web (built by the lead's pipeline, e.g. /playground) around the UI; `/` stays the UI's page.
  const webRoot = resolve(opts.config.webRoot);
  if (existsSync(webRoot))
    await app.register(fastifyStatic, { root: webRoot, prefix: '/', index: ['index.html'] });

  return app;
}
