import { describe, expect, it } from 'vitest';
import { displayFormat, plainFormat } from '../../../src/panel/value-format';
import { theme } from './fixtures/grafana-frames';

describe('value text through Grafana’s display processor', () => {
  const format = displayFormat(theme, 'utc');

  it('writes numbers in the field’s unit and decimals', () => {
    expect(format({ unit: 'ms' })(1500)).toBe('1.50 s');
    expect(format({ unit: 'percent', decimals: 1 })(12.345)).toBe('12.3%');
    expect(format({})(0.5)).toBe('0.500');
  });

  it('ignores value mappings: the status names the mapping, the value stays a value', () => {
    const mapped = format({
      mappings: [{ type: 'value' as never, options: { '1': { text: 'down' } } }],
    });
    expect(mapped(1)).toBe('1');
  });

  it('keeps text as text and shows nothing for no value', () => {
    expect(format({ unit: 'ms' })('FAIL')).toBe('FAIL');
    expect(format({})(null)).toBe('');
    expect(plainFormat({})(3)).toBe('3');
  });

  it('builds one processor per config object', () => {
    const config = { unit: 'ms' };
    expect(format(config)).toBe(format(config));
  });
});
