/**
 * `npm run playground`: bundles the renderer playground and serves it on http://127.0.0.1:5173/playground/
 * (env PORT, HOST). Rebuilds on every start; no watcher, esbuild takes well under a second.
 */
import { join } from 'node:path';
import { buildPlayground, ROOT } from './playground-build';
import { listen, staticServer } from './playground-serve';

const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? '127.0.0.1';
await buildPlayground();
const url = await listen(staticServer(join(ROOT, 'dist', 'web')), port, host);
console.log(`playground: ${url}/playground/`);
