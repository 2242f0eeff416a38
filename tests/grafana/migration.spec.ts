/**
 * A dashboard panel saved by flant-statusmap-panel, with its JSON `type` changed to ours (how users
 * reach this plugin, DESIGN.md section 3.2): Grafana hands the old top-level settings to our
 * migration handler, and the panel opens as ours with the old colours and status names.
 */
import { expect, test } from '@grafana/plugin-e2e';
import { countPixels } from './canvas';
import { FLANT_DASHBOARD, PLUGIN_NAME, SEL } from './fixtures';

test('opens the old panel as ours with its thresholds as statuses and colours', async ({
  gotoDashboardPage,
  readProvisionedDashboard,
}) => {
  const dashboard = await readProvisionedDashboard({ fileName: FLANT_DASHBOARD.fileName });
  const dashboardPage = await gotoDashboardPage({ uid: dashboard.uid });
  const panel = dashboardPage.getPanelByTitle(FLANT_DASHBOARD.panelTitle);
  const canvas = panel.locator.locator(SEL.base);
  await expect(canvas).toBeVisible();
  await expect(dashboardPage).not.toHavePanelErrors();
  // The old thresholds' tooltips became the status names, their colours the mapping colours.
  const legend = panel.locator.locator(SEL.legend);
  await expect(legend).toContainText('ok');
  await expect(legend).toContainText('failed');
  // The notice for a switch that carried no settings must not show: these settings arrived.
  await expect(panel.locator.getByText('passed none of its old settings')).toHaveCount(0);
  await expect.poll(() => countPixels(canvas, [0, 255, 0])).toBeGreaterThan(100);
  await expect.poll(() => countPixels(canvas, [255, 0, 0])).toBeGreaterThan(10);
});

test('the migrated panel opens in the editor as our visualization', async ({
  gotoPanelEditPage,
  readProvisionedDashboard,
}) => {
  const dashboard = await readProvisionedDashboard({ fileName: FLANT_DASHBOARD.fileName });
  const editor = await gotoPanelEditPage({ dashboard, id: FLANT_DASHBOARD.panelId });
  await expect(editor.getVisualizationName()).toHaveText(PLUGIN_NAME);
  await expect(editor.panel.locator.locator(SEL.legend)).toContainText('failed');
});
