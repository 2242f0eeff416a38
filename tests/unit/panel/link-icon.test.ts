import { describe, expect, it } from 'vitest';
import { linkIconName } from '../../../src/panel/link-icon';

describe('linkIconName', () => {
  it('maps the old plugin’s Font Awesome names to Grafana icons, with or without "fa-"', () => {
    expect(linkIconName('external-link')).toBe('external-link-alt');
    expect(linkIconName('fa-external-link')).toBe('external-link-alt');
    expect(linkIconName(' Dashboard ')).toBe('tachometer-fast');
    expect(linkIconName('clock-o')).toBe('clock-nine');
  });

  it('takes names that already are Grafana icons as they are', () => {
    expect(linkIconName('github')).toBe('github');
    expect(linkIconName('bell')).toBe('bell');
  });

  it('gives nothing for empty or unknown names, prototype keys included', () => {
    for (const name of [undefined, '', '  ', 'no-such-icon', '__proto__', 'constructor', 'toString']) {
      expect(linkIconName(name)).toBeUndefined();
    }
  });
});
