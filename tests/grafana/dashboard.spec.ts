/**
 * The panel on a provisioned dashboard in a real Grafana: the plugin is installed, the panel paints
 * its canvas without a panel error, and shows its legend and, on hover, its tooltip.
 */
import { expect, test } from '@grafana/plugin-e2e';
import { countPixels, hoverCell } from './canvas';
import { DASHBOARD, PLUGIN_ID, SEL } from './fixtures';

test('Grafana has loaded the statusmap plugin', async ({ request }) => {
  const res = await request.get(`/api/plugins/${PLUGIN_ID}/settings`);
  // The usual cause: dist/ was not built before `docker compose up`, so nothing is mounted.
  expect(res.ok(), `GET /api/plugins/${PLUGIN_ID}/settings said ${res.status()}: run npm run build`).toBe(
    true
  );
  expect(await res.json()).toMatchObject({ id: PLUGIN_ID, type: 'panel' });
});

test('paints the panel with its legend and no panel error', async ({
  gotoDashboardPage,
  readProvisionedDashboard,
}) => {
  const dashboard = await readProvisionedDashboard({ fileName: DASHBOARD.fileName });
  const dashboardPage = await gotoDashboardPage({ uid: dashboard.uid });
  const panel = dashboardPage.getPanelByTitle(DASHBOARD.panelTitle);
  const canvas = panel.locator.locator(SEL.base);
  await expect(canvas).toBeVisible();
  const legend = panel.locator.locator(SEL.legend);
  await expect(legend).toContainText('up');
  await expect(legend).toContainText('down');
  await expect(dashboardPage).not.toHavePanelErrors();
  await expect(panel.getErrorIcon()).toHaveCount(0);
  await expect.poll(() => countPixels(canvas)).toBeGreaterThan(1000);
});

test('shows the tooltip of the hovered cell', async ({
  gotoDashboardPage,
  readProvisionedDashboard,
  page,
}) => {
  const dashboard = await readProvisionedDashboard({ fileName: DASHBOARD.fileName });
  const dashboardPage = await gotoDashboardPage({ uid: dashboard.uid });
  const panel = dashboardPage.getPanelByTitle(DASHBOARD.panelTitle);
  const canvas = panel.locator.locator(SEL.base);
  await expect.poll(() => countPixels(canvas)).toBeGreaterThan(1000); // data arrived and painted
  await hoverCell(page, canvas);
  const tooltip = page.locator(SEL.tooltip).filter({ visible: true });
  await expect(tooltip).toBeVisible();
  // The row (a TestData series name) and the status its value maps to.
  await expect(tooltip).toContainText(/(web|db|api)-\d/);
  await expect(tooltip).toContainText(/up|degraded|down/);
});
