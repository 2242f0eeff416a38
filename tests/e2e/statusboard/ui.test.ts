/**
 * The web UI in Chromium (Playwright), against a real StatusBoard on a loopback port with a real
 * Alertmanager 0.25: services with their state, history drawn by src/render, create / extend / end,
 * and the alert preview.
 */
import type { Browser, Page } from '@playwright/test';
import { launchChromium } from '../../../scripts/chromium';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  freePort,
  liveSilences,
  startAlertmanager,
  stopAll,
  waitFor,
  type AmNode,
} from '../../integration/statusboard/alertmanager-process';
import { ADMIN, auth, openTestDb, testStack, type TestDb } from '../../integration/statusboard/support';

const HOUR = 3_600_000;

describe('StatusBoard web UI', () => {
  let am: AmNode;
  let t: TestDb;
  let stack: Awaited<ReturnType<typeof testStack>>;
  let app: FastifyInstance;
  let browser: Browser;
  let page: Page;
  let url = '';

  beforeAll(async () => {
    am = await startAlertmanager();
    t = await openTestDb('sqlite');
    stack = await testStack(t, [am.url], { intervalSeconds: 1 });
    app = stack.app;
    const inject = (method: 'POST', path: string, payload: object) =>
      app.inject({ method, url: path, headers: auth(), payload });
    await inject('POST', '/api/v1/services', {
      name: 'web',
      team: 'platform',
      matcherSets: [[{ name: 'job', value: 'web', isRegex: false, isEqual: true }]],
    });
    await inject('POST', '/api/v1/services', {
      name: 'db',
      team: 'data',
      matcherSets: [[{ name: 'job', value: 'db', isRegex: false, isEqual: true }]],
    });
    // History: a finished window for db earlier today.
    const past = await inject('POST', '/api/v1/events', {
      service: 'db',
      title: 'vacuum',
      startsAt: new Date(Date.now() - 5 * HOUR).toISOString(),
      endsAt: new Date(Date.now() + HOUR).toISOString(),
    });
    await app.inject({ method: 'POST', url: `/api/v1/events/${past.json().id}/end`, headers: auth() });
    const port = await freePort();
    await app.listen({ host: '127.0.0.1', port });
    url = `http://127.0.0.1:${port}`;
    stack.reconciler.start();
    browser = await launchChromium();
    page = await browser.newPage();
    await page.addInitScript((token) => localStorage.setItem('statusboard-token', token), ADMIN);
    page.on('pageerror', (err) => {
      throw err;
    });
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.reconciler.stop();
    await app?.close();
    await t?.cleanup();
    await stopAll();
  });

  const rowText = (service: string) => page.locator(`tr[data-service="${service}"]`).innerText();

  it('lists services with their state and draws the history with src/render', async () => {
    await page.goto(url);
    await page.waitForSelector('body[data-loaded="true"]');
    expect(await rowText('web')).toContain('normal');
    expect(await rowText('db')).toContain('data');
    // The renderer painted db's past maintenance window: pixels in the maintenance colour (#ff9830).
    const painted = await page.evaluate(() => {
      const c = document.querySelector('#history canvas') as HTMLCanvasElement;
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let orange = 0;
      for (let i = 0; i < d.length; i += 4)
        if (
          Math.abs(d[i] - 255) < 8 &&
          Math.abs(d[i + 1] - 152) < 8 &&
          Math.abs(d[i + 2] - 48) < 8 &&
          d[i + 3] > 200
        )
          orange++;
      return { w: c.width, h: c.height, orange };
    });
    expect(painted.w).toBeGreaterThan(100);
    expect(painted.orange).toBeGreaterThan(20);
  });

  it('declares maintenance from the form, and the silence is held', async () => {
    await page.selectOption('#create select[name=service]', 'web');
    await page.fill('#create input[name=title]', 'ui deploy');
    await page.fill('#create input[name=minutes]', '90');
    await page.click('#create button[type=submit]');
    await waitFor('row to be active', async () => (await rowText('web')).includes('active'));
    expect(await rowText('web')).toContain('ui deploy');
    await waitFor('silence in Alertmanager', async () =>
      (await liveSilences(am)).some((s) => s.comment.startsWith('ui deploy'))
    );
    await page.reload();
    await page.waitForSelector('body[data-loaded="true"]');
    expect(await rowText('web')).toContain('silences held');
  });

  it('extends and ends the event with the row buttons', async () => {
    const list = await app.inject({
      method: 'GET',
      url: '/api/v1/events?service=web&active=true',
      headers: auth(),
    });
    const ev = list.json().items[0];
    await page.click('tr[data-service="web"] button:text-is("Extend 1h")');
    await waitFor('extension', async () => {
      const now = (
        await app.inject({ method: 'GET', url: `/api/v1/events/${ev.id}`, headers: auth() })
      ).json();
      return Date.parse(now.endsAt) - Date.parse(ev.endsAt) === HOUR;
    });
    await page.click('tr[data-service="web"] button:text-is("End")');
    await waitFor('row back to normal', async () => (await rowText('web')).includes('normal'));
    await waitFor(
      'silence expired',
      async () => !(await liveSilences(am)).some((s) => s.comment.startsWith('ui deploy'))
    );
  });

  it('previews the firing alerts the service would silence', async () => {
    const r = await fetch(`${am.url}/api/v2/alerts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([
        { labels: { alertname: 'Slow', job: 'web' } },
        { labels: { alertname: 'Full', job: 'db' } },
      ]),
    });
    expect(r.ok).toBe(true);
    await page.selectOption('#create select[name=service]', 'web');
    await page.click('#preview');
    await page.waitForSelector('#preview-result li');
    expect(await page.locator('#preview-result').innerText()).toMatch(
      /1 of 2 firing alerts would be silenced[\s\S]*alertname="Slow"/
    );
  });
});
