/** The editor of the old plugin's tooltip links, in jsdom: each field edits its item, add and remove. */
import type { StandardEditorProps } from '@grafana/data';
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { TooltipItemsEditor } from '../../../src/panel/components/TooltipItemsEditor';
import type { TooltipItem } from '../../../src/panel/types';
import { useReactMount } from '../../support/react-mount';

const ITEM: TooltipItem = {
  urlTemplate: '/d/x?var-host=${__y_label}',
  urlText: 'Host',
  urlIcon: 'external-link',
  urlToLowerCase: false,
  valueDateFormat: '',
};

const mount = useReactMount();

function renderEditor(value: TooltipItem[], onChange: (v: TooltipItem[]) => void): void {
  const props = { value, onChange } as unknown as StandardEditorProps<TooltipItem[]>;
  mount.render(<TooltipItemsEditor {...props} />);
}

/** Types into a React-controlled input the way a user does (React listens to the native setter). */
function type(input: HTMLInputElement, text: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  act(() => {
    setter.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('TooltipItemsEditor', () => {
  it('edits the URL, text and icon of an item', () => {
    const onChange = vi.fn();
    renderEditor([ITEM], onChange);
    const inputs = [
      ...mount.host.querySelectorAll('input[type="text"], input:not([type])'),
    ] as HTMLInputElement[];
    expect(inputs.map((i) => i.value)).toEqual([ITEM.urlTemplate, 'Host', 'external-link', '']);
    type(inputs[2], 'github');
    expect(onChange).toHaveBeenLastCalledWith([{ ...ITEM, urlIcon: 'github' }]);
    type(inputs[1], 'Runbook');
    expect(onChange).toHaveBeenLastCalledWith([{ ...ITEM, urlText: 'Runbook' }]);
  });

  it('adds an empty item and removes one', () => {
    const onChange = vi.fn();
    renderEditor([ITEM], onChange);
    const button = (text: string) =>
      [...mount.host.querySelectorAll('button')].find((b) =>
        b.textContent?.includes(text)
      ) as HTMLButtonElement;
    act(() => button('Add').click());
    expect(onChange).toHaveBeenLastCalledWith([ITEM, { ...ITEM, urlTemplate: '', urlText: '', urlIcon: '' }]);
    act(() => button('Remove link').click());
    expect(onChange).toHaveBeenLastCalledWith([]);
  });
});
