/**
 * The React tooltips in jsdom: user text stays text, links wait for a click when the tooltip
 * freezes on click, and otherwise the hover tooltip lists them and holds still long enough to be reached.
 */
import { act, type ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CellDetails } from '../../../src/panel/cell-details';
import { CellPopover } from '../../../src/panel/components/CellPopover';
import { HOLD_MS, HoverTooltip } from '../../../src/panel/components/HoverTooltip';
import { TooltipTargetStore } from '../../../src/panel/tooltip-target';
import { useReactMount } from '../../support/react-mount';

const EVIL = '<img src=x onerror=alert(1)>';

function details(row: number, extra: Partial<CellDetails> = {}): CellDetails {
  return {
    rowName: row === 0 ? EVIL : `host-${row}`,
    from: 0,
    to: 60_000,
    statusLabel: 'down',
    color: 'red',
    values: [1500],
    valueTexts: ['1.50 s'],
    labels: { host: EVIL },
    links: [{ href: '/d/old', text: 'Old item', target: '_blank' }],
    dataLinks: [{ href: '#', text: `Runbook ${EVIL}` }],
    customHtml: '',
    ...extra,
  };
}

const mount = useReactMount();
afterEach(() => {
  vi.useRealTimers();
});
const render = (el: ReactElement) => mount.render(el);
const anchor = () => ({ left: 10, right: 20, top: 10, bottom: 26, areaWidth: 400, areaHeight: 300 });

function tooltip(store: TooltipTargetStore, freezeOnClick: boolean, describe = details) {
  return (
    <HoverTooltip
      store={store}
      describe={(row) => describe(row)}
      anchor={anchor}
      frozen={null}
      freezeOnClick={freezeOnClick}
      timeZone="utc"
      showValues
      showAllLabels
    />
  );
}

const box = () => mount.host.querySelector('[role="tooltip"]') as HTMLElement | null;

describe('hover tooltip', () => {
  it('shows row, status, values with units and labels, all user text as text', () => {
    const store = new TooltipTargetStore();
    render(tooltip(store, true));
    expect(box()).toBeNull();
    act(() => store.set({ row: 0, col: 0, source: 'pointer' }));
    const text = box()!.textContent!;
    expect(text).toContain(EVIL);
    expect(text).toContain('down');
    expect(text).toContain('Values: 1.50 s');
    expect(mount.host.querySelector('img')).toBeNull();
    expect(box()!.style.left).toBe('28px'); // right of the cell, 8 px away
  });

  it('with freeze on click, lists no links but says a click gives them, and lets the pointer through', () => {
    const store = new TooltipTargetStore();
    render(tooltip(store, true));
    act(() => store.set({ row: 0, col: 0, source: 'pointer' }));
    expect(box()!.querySelectorAll('a')).toHaveLength(0);
    expect(box()!.textContent).toContain('Click the cell to follow its links');
    expect(getComputedStyle(box()!).pointerEvents).toBe('none');
  });

  it('without freeze on click, lists item and data links, titles as text, and can be reached', () => {
    const store = new TooltipTargetStore();
    render(tooltip(store, false));
    act(() => store.set({ row: 0, col: 0, source: 'pointer' }));
    const links = [...box()!.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).toEqual(['Old item', `Runbook ${EVIL}`]);
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/d/old', '#']);
    expect(mount.host.querySelector('img')).toBeNull();
    expect(getComputedStyle(box()!).pointerEvents).toBe('auto');
    expect(box()!.style.left).toBe('20px'); // touching the cell: nothing to cross on the way
  });

  it('without freeze on click, waits before following the pointer, and holds while the pointer is on it', () => {
    vi.useFakeTimers();
    const store = new TooltipTargetStore();
    render(tooltip(store, false));
    act(() => store.set({ row: 0, col: 0, source: 'pointer' }));
    act(() => store.set(null)); // the pointer leaves the cell on its way to the tooltip
    act(() => vi.advanceTimersByTime(HOLD_MS / 2));
    expect(box()).not.toBeNull();
    act(() => {
      box()!.dispatchEvent(new MouseEvent('pointerover', { bubbles: true }));
    });
    act(() => vi.advanceTimersByTime(HOLD_MS * 3));
    expect(box()!.textContent).toContain(EVIL);
    act(() => {
      box()!.dispatchEvent(new MouseEvent('pointerout', { bubbles: true, relatedTarget: document.body }));
    });
    expect(box()).toBeNull();
    act(() => store.set({ row: 0, col: 0, source: 'pointer' }));
    expect(box()!.textContent).toContain(EVIL); // nothing shown: no reason to wait
    act(() => store.set({ row: 1, col: 0, source: 'pointer' }));
    expect(box()!.textContent).toContain(EVIL); // one with links waits...
    act(() => vi.advanceTimersByTime(HOLD_MS));
    expect(box()!.textContent).toContain('host-1'); // ...then follows
  });

  it('follows the pointer at once when it has no links', () => {
    const store = new TooltipTargetStore();
    render(tooltip(store, false, (row) => details(row, { links: [], dataLinks: [] })));
    act(() => store.set({ row: 0, col: 0, source: 'pointer' }));
    act(() => store.set({ row: 1, col: 0, source: 'pointer' }));
    expect(box()!.textContent).toContain('host-1');
    act(() => store.set(null));
    expect(box()).toBeNull();
  });
});

describe('frozen tooltip', () => {
  it('carries every link, titles as text, and closes', () => {
    const onClose = vi.fn();
    render(
      <CellPopover
        details={details(0)}
        placement={{ left: 5, top: 6, transform: 'none' }}
        timeZone="utc"
        showValues
        showAllLabels={false}
        onClose={onClose}
      />
    );
    const dialog = mount.host.querySelector('[role="dialog"]') as HTMLElement;
    expect([...dialog.querySelectorAll('a')].map((a) => a.textContent)).toEqual([
      'Old item',
      `Runbook ${EVIL}`,
    ]);
    expect(dialog.getAttribute('aria-label')).toBe(`Details of ${EVIL}`);
    expect(mount.host.querySelector('img')).toBeNull();
    expect(dialog.style.left).toBe('5px');
    act(() => (dialog.querySelector('button') as HTMLButtonElement).click());
    expect(onClose).toHaveBeenCalled();
  });

  it('draws an old item’s Font Awesome icon as the Grafana icon that fits, and none it cannot place', () => {
    const links = [
      { href: '/a', text: 'Graph', icon: 'line-chart', target: '_blank' },
      { href: '/b', text: 'Repo', icon: 'fa-github', target: '_blank' },
      { href: '/c', text: 'Odd', icon: 'no-such-icon', target: '_blank' },
      { href: '/d', text: 'Plain', target: '_blank' },
    ];
    render(
      <CellPopover
        details={details(1, { links, dataLinks: [] })}
        placement={{ left: 5, top: 6, transform: 'none' }}
        timeZone="utc"
        showValues
        showAllLabels={false}
        onClose={() => undefined}
      />
    );
    const anchors = [...mount.host.querySelectorAll('[role="dialog"] a')];
    expect(anchors.map((a) => a.querySelector('[data-icon]')?.getAttribute('data-icon') ?? null)).toEqual([
      'chart-line',
      'github',
      null,
      null,
    ]);
    expect(anchors.map((a) => a.textContent)).toEqual(['Graph', 'Repo', 'Odd', 'Plain']);
    expect(anchors[0].querySelector('[data-icon]')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('lets a data link’s own handler run instead of the href, unless a new tab is asked for', () => {
    const onClick = vi.fn();
    render(
      <CellPopover
        details={details(1, { links: [], dataLinks: [{ href: '/explore', text: 'Explore', onClick }] })}
        placement={null}
        timeZone="utc"
        showValues
        showAllLabels={false}
        onClose={() => undefined}
      />
    );
    const a = mount.host.querySelector('a') as HTMLAnchorElement;
    const plain = new MouseEvent('click', { bubbles: true, cancelable: true });
    act(() => void a.dispatchEvent(plain));
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(plain.defaultPrevented).toBe(true);
    const newTab = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
    act(() => void a.dispatchEvent(newTab));
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});
