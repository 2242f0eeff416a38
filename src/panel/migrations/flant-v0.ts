import { arr, bool, isObject, obj, str, type Json } from './read';

/**
 * Brings options saved by flant-statusmap-panel 0.0.x (no `statusmap` key) to its v1 shape, as that
 * plugin's own migrate_V0_V1 did: `cards.cardSpacing` -> both spacings, `usingUrl` ->
 * `tooltip.freezeOnClick`, `urls` -> `tooltip.items` with $time / $series_label / $series_extra
 * rewritten to ${...} variables. The rewrite keeps the old plugin's exact quirks ($series_label and
 * $series_extra replaced once, $time everywhere), so a 0.0.x dashboard shows the links the old
 * plugin showed after upgrading it. Returns a new object; the input is not changed.
 */
export function migrateFlantV0toV1(input: Json): Json {
  if (isObject(input.statusmap) && input.statusmap.ConfigVersion === 'v1') return input;
  const panel: Json = structuredClone(input);
  const cards = (panel.cards = { ...obj(panel.cards) });
  const tooltip = (panel.tooltip = { ...obj(panel.tooltip) });

  if ('cardSpacing' in cards) {
    if (!('cardVSpacing' in cards) && cards.cardSpacing) {
      cards.cardVSpacing = cards.cardSpacing;
      cards.cardHSpacing = cards.cardSpacing;
    }
    delete cards.cardSpacing;
  }

  if ('usingUrl' in panel) {
    if (!('freezeOnClick' in tooltip)) tooltip.freezeOnClick = bool(panel.usingUrl, false);
    delete panel.usingUrl;
  }

  if ('urls' in panel) {
    if (!('items' in tooltip)) {
      const urls = arr(panel.urls).map(obj);
      const onlyEmpty = urls.length === 1 && str(urls[0].base_url) === '' && str(urls[0].label) === '';
      tooltip.items = [];
      if (urls.length > 0 && !onlyEmpty) {
        tooltip.showItems = true;
        tooltip.items = urls.map(urlToItem);
      }
    }
    delete panel.urls;
  }

  panel.statusmap = { ConfigVersion: 'v1' };
  return panel;
}

function urlToItem(url: Json): Json {
  const item = {
    urlTemplate: str(url.base_url),
    urlText: str(url.label),
    urlIcon: str(url.icon_fa),
    urlToLowerCase: bool(url.forcelowercase, false),
    valueDateFormat: '',
  };
  if (item.urlTemplate === '') return item;
  let template = item.urlTemplate.replace(/\$time/g, '&${__url_time_range}');
  template = template.replace(/\$series_label/, '${__y_label}');
  let valueVar = '__value';
  if (url.useExtraSeries === true) {
    const extra = obj(url.extraSeries);
    const index = typeof extra.index === 'number' ? extra.index : Number(extra.index);
    if (index > -1) valueVar += `_${index}`;
    if (str(extra.format) === 'YYYY/MM/DD/HH_mm_ss') {
      valueVar += '_date';
      item.valueDateFormat = 'YYYY/MM/DD/HH_mm_ss';
    }
  }
  item.urlTemplate = template.replace(/\$series_extra/, `\${${valueVar}}`);
  return item;
}
