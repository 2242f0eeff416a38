/**
 * The web UI: GET / is the page, GET /ui/app.js its script, bundled from web/app.ts with esbuild on first
 * request and kept in memory (one bundle per process, ~100 ms). Other static files (dist/web, e.g. the
 * renderer playground at /playground) are served by app.ts around it.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsync } from 'fastify';
import { PAGE } from './web/page';

let bundle: Promise<string> | null = null;

async function buildBundle(): Promise<string> {
  const { build } = await import('esbuild');
  const here = dirname(fileURLToPath(import.meta.url));
  const out = await build({
    entryPoints: [join(here, 'web/app.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

export const webRoutes: FastifyPluginAsync = async (app) => {
  app.get('/', { schema: { hide: true } }, async (_req, reply) =>
    reply.type('text/html; charset=utf-8').send(PAGE)
  );
  app.get('/ui/app.js', { schema: { hide: true } }, async (_req, reply) => {
    bundle ??= buildBundle().catch((err: unknown) => {
      bundle = null;
      throw err;
    });
    return reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(await bundle);
  });
};
