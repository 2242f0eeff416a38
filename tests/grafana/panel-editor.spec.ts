/**
 * The panel editor in a real Grafana: it names our visualization, lists our option groups next to
 * Grafana's, and an option changed there reaches the panel.
 */
import { expect, test } from '@grafana/plugin-e2e';
import { DASHBOARD, OPTION_CATEGORIES, PLUGIN_NAME, SEL } from './fixtures';

test('shows our visualization and option categories', async ({
  gotoPanelEditPage,
  readProvisionedDashboard,
}) => {
  const dashboard = await readProvisionedDashboard({ fileName: DASHBOARD.fileName });
  const editor = await gotoPanelEditPage({ dashboard, id: DASHBOARD.panelId });
  await expect(editor.getVisualizationName()).toHaveText(PLUGIN_NAME);
  for (const category of OPTION_CATEGORIES)
    await expect(editor.getCustomOptions(category).element, `option group ${category}`).toBeVisible();
  // Colours of discrete statuses come from Grafana's own field config editors.
  await expect(editor.getValueMappingOptions().element).toBeVisible();
  await expect(editor.getThresholdsOptions().element).toBeVisible();
});

test('turning "Show legend" off in the editor hides the legend', async ({
  gotoPanelEditPage,
  readProvisionedDashboard,
}) => {
  const dashboard = await readProvisionedDashboard({ fileName: DASHBOARD.fileName });
  const editor = await gotoPanelEditPage({ dashboard, id: DASHBOARD.panelId });
  const legendPanel = editor.panel.locator.locator(SEL.legend);
  await expect(legendPanel).toBeVisible();
  const legend = editor.getCustomOptions('Legend');
  await legend.expand();
  const show = legend.getSwitch('Show legend');
  await expect(show).toBeChecked();
  await show.uncheck();
  await expect(legendPanel).toHaveCount(0);
  await expect(editor.panel.locator.locator(SEL.base)).toBeVisible();
});
