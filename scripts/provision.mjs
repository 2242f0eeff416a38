#!/usr/bin/env node
/**
 * `npm test`'s pretest: makes sure the real components the tests use are on this machine
 * (Debian's chromium for Playwright, prometheus-alertmanager and prometheus for integration tests).
 * As root it installs what is missing with apt-get; otherwise it prints the exact command and fails,
 * because a test suite that silently skips its browser or Alertmanager proves nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NEEDED = [
  { pkg: 'chromium', file: '/usr/bin/chromium' },
  { pkg: 'prometheus-alertmanager', file: '/usr/bin/prometheus-alertmanager' },
  { pkg: 'prometheus', file: '/usr/bin/prometheus' },
];

const missing = NEEDED.filter((n) => !existsSync(n.file)).map((n) => n.pkg);
if (missing.length === 0) process.exit(0);

const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
if (typeof process.getuid === 'function' && process.getuid() === 0) {
  console.log(`provision: installing ${missing.join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('sh', ['-c', command], { stdio: 'inherit', env });
  // The Debian packages start their services; tests start their own instances on free ports.
  for (const service of ['prometheus-alertmanager', 'prometheus']) {
    try {
      execFileSync('sh', ['-c', `service ${service} stop || true`], { stdio: 'ignore' });
    } catch {
      /* no init system here: nothing was started */
    }
  }
} else {
  console.error(`provision: missing ${missing.join(', ')}. Install them with:\n  sudo sh -c '${command}'`);
  process.exit(1);
}
