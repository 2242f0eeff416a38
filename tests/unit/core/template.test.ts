import { describe, expect, it } from 'vitest';
import { expandTemplate, formatDate, type TemplateContext } from '../../../src/core';

const ctx: TemplateContext = {
  values: [3, 1700000000000],
  yLabel: ' eu|web-1 ',
  yLabelParts: ['eu', 'web-1'],
  labels: { job: 'api', 'pod.name': 'p/1' },
  bucketFrom: 1000,
  bucketTo: 2000,
  rangeFrom: 100,
  rangeTo: 5000,
  timeZone: 'utc',
};

describe('template expansion', () => {
  it('expands every statusmap variable', () => {
    const t =
      '${__value}|${__value_0}|${__value_1_date}|${__y_label}|${__y_label_trim}|${__y_label_1}|${__labels.job}|${__bucket_from}|${__bucket_to}|${__url_time_range}';
    expect(expandTemplate(t, ctx, 'none')).toBe(
      '3, 1700000000000|3|2023/11/14/22_13_20| eu|web-1 |eu|web-1|web-1|api|988|2012|from=100&to=5000'
    );
  });

  it('uses the given value for ${__value} and ${__value_date}', () => {
    expect(
      expandTemplate('$__value at ${__value_date}', { value: 0, dateFormat: 'YYYY-MM-DD' }, 'none')
    ).toBe('0 at 1970-01-01');
  });

  it('HTML-escapes values in text, never the author’s own markup', () => {
    const evil = { yLabel: '<img src=x onerror=alert(1)>' };
    expect(expandTemplate('<b>${__y_label}</b>', evil, 'html')).toBe(
      '<b>&lt;img src=x onerror=alert(1)&gt;</b>'
    );
  });

  it('URL-encodes values in links but keeps the time range a query string', () => {
    expect(expandTemplate('/d/x?var-pod=${__labels.pod.name}&${__url_time_range}', ctx, 'url')).toBe(
      '/d/x?var-pod=p%2F1&from=100&to=5000'
    );
  });

  it('leaves unknown variables for Grafana to expand', () => {
    expect(expandTemplate('${datasource} $__interval {{missing}}', ctx, 'url')).toBe(
      '${datasource} $__interval {{missing}}'
    );
  });

  it('formats dates in a time zone', () => {
    expect(formatDate(Date.UTC(2026, 0, 1, 12, 5, 9, 7), 'YYYY/MM/DD HH:mm:ss.SSS', 'Europe/Berlin')).toBe(
      '2026/01/01 13:05:09.007'
    );
    expect(formatDate(Date.UTC(2026, 6, 1, 0, 0), 'D/M/YY h A [at] HH', 'America/New_York')).toBe(
      '30/6/26 8 PM at 20'
    );
    expect(formatDate(Date.UTC(2026, 0, 1, 12), 'YYYY', 'browser')).toBe('2026'); // the browser's own zone
    expect(formatDate(NaN, 'YYYY')).toBe('');
    expect(formatDate(0, 'YYYY', 'Not/AZone')).toBe('');
  });
});
