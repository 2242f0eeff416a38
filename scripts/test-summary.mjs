#!/usr/bin/env node
/**
 * Prints "N passed, N failed" from Vitest's JSON report as the last line (skipped tests, if any, on
 * the line before, so CI's last line keeps its plain form). Without a report (lint or the
 * type check failed before any test ran) it says so and prints zero counts, never invented ones.
 */
import { existsSync, readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'test-results/vitest.json';
if (!existsSync(file)) {
  console.log('no test report: the tests did not run (see lint / type check output above)');
  console.log('0 passed, 0 failed');
  process.exit(0);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const passed = report.numPassedTests ?? 0;
const failed = report.numFailedTests ?? 0;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
if (skipped) console.log(`${skipped} skipped`);
console.log(`${passed} passed, ${failed} failed`);
