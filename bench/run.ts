/**
 * `npm run bench -- [suite ...]`: runs the named suites (all when none is named) and prints one JSON
 * line per case. Each suite lives in bench/<suite>.bench.ts and default-exports a BenchSuite.
 */
import type { BenchResult, BenchSuite } from './result';

const SUITES = ['core', 'render', 'panel', 'statusboard'] as const;

async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((s) => !(SUITES as readonly string[]).includes(s));
  if (unknown.length > 0) {
    console.error(`Unknown bench suite(s): ${unknown.join(', ')}. Known: ${SUITES.join(', ')}`);
    process.exit(2);
  }
  const chosen = asked.length > 0 ? asked : [...SUITES];
  const emit = (r: BenchResult): void => console.log(JSON.stringify(r));
  for (const suite of chosen) {
    let mod: { default: BenchSuite };
    try {
      mod = (await import(`./${suite}.bench.ts`)) as { default: BenchSuite };
    } catch (err) {
      if (asked.length === 0 && (err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') {
        console.error(`bench: suite "${suite}" has no bench/${suite}.bench.ts yet; skipped`);
        continue;
      }
      throw err;
    }
    await mod.default(emit);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
