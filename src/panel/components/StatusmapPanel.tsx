import { css } from '@emotion/css';
import type { GrafanaTheme2, PanelProps } from '@grafana/data';
import { useStyles2, useTheme2 } from '@grafana/ui';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { colLeft, rowTop, StatusmapRenderer, type CellDescription, type RenderOptions } from '../../render';
import { cellDetails } from '../cell-details';
import { filterByStatuses, pageOf, runPipeline, statusCounts } from '../pipeline';
import { renderTheme } from '../render-theme';
import { shareCrosshair } from '../shared-crosshair';
import { placeBeside, type CellAnchor, type Placement } from '../tooltip-placement';
import { TooltipTargetStore } from '../tooltip-target';
import type { StatusmapOptions } from '../types';
import { displayFormat } from '../value-format';
import { CellPopover } from './CellPopover';
import { HoverTooltip } from './HoverTooltip';
import { Legend } from './Legend';
import { Notices } from './Notices';

/** Rough share of the width the row labels take, to size buckets before the renderer measures labels. */
const LABEL_SHARE = 0.2;

export function StatusmapPanel(props: PanelProps<StatusmapOptions>) {
  const {
    data,
    options,
    fieldConfig,
    width,
    timeRange,
    timeZone,
    replaceVariables,
    eventBus,
    onChangeTimeRange,
  } = props;
  const theme = useTheme2();
  const styles = useStyles2(getStyles);
  const hostRef = useRef<HTMLDivElement>(null);
  const rendererRef = useRef<StatusmapRenderer | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const [page, setPage] = useState(0);
  /** The frozen tooltip's cell and where it opened (it stays there, as the old plugin's did). */
  const [selected, setSelected] = useState<{ row: number; col: number; placement: Placement | null } | null>(
    null
  );
  const [tooltipTarget] = useState(() => new TooltipTargetStore());

  const from = timeRange.from.valueOf();
  const to = timeRange.to.valueOf();
  const outcome = useMemo(
    () =>
      runPipeline({
        frames: data.series,
        options,
        field: fieldConfig.defaults,
        overrides: fieldConfig.overrides,
        color: {
          resolveColor: (c) => theme.visualization.getColorByName(c),
          isDarkTheme: theme.isDark,
          format: displayFormat(theme, timeZone),
        },
        from,
        to,
        chartWidth: options.yAxis.show ? width * (1 - LABEL_SHARE) : width,
        queryIntervalMs: data.request?.intervalMs,
      }),
    [
      data.series,
      data.request?.intervalMs,
      options,
      fieldConfig.defaults,
      fieldConfig.overrides,
      theme,
      timeZone,
      from,
      to,
      width,
    ]
  );
  const result = outcome.ok ? outcome.result : null;
  const counts = useMemo(() => (result ? statusCounts(result.matrix) : new Uint32Array(0)), [result]);
  const filtered = useMemo(() => (result ? filterByStatuses(result.matrix, chosen) : null), [result, chosen]);
  const pageCount =
    filtered && options.pagination.enabled
      ? Math.max(1, Math.ceil(filtered.rowCount / options.pagination.pageSize))
      : 1;
  const currentPage = Math.min(page, pageCount - 1);
  const shown = useMemo(
    () =>
      filtered && options.pagination.enabled
        ? pageOf(filtered, currentPage, options.pagination.pageSize)
        : filtered,
    [filtered, options.pagination.enabled, options.pagination.pageSize, currentPage]
  );

  /** A cell's box in the plot, CSS px, from the renderer's layout of the frame on screen. */
  const anchorOf = useCallback((row: number, col: number): CellAnchor | null => {
    const renderer = rendererRef.current;
    if (!renderer) return null;
    const l = renderer.layout();
    return {
      left: colLeft(l, col) / l.dpr,
      right: colLeft(l, col + 1) / l.dpr,
      top: rowTop(l, row) / l.dpr,
      bottom: rowTop(l, row + 1) / l.dpr,
      areaWidth: l.canvasWidth / l.dpr,
      areaHeight: l.canvasHeight / l.dpr,
    };
  }, []);

  // The renderer lives as long as the panel; the shared crosshair follows the event bus it was given.
  const onHoverRef = useRef<(cell: CellDescription | null) => void>(() => undefined);
  const zoomRef = useRef(onChangeTimeRange);
  zoomRef.current = onChangeTimeRange;
  const freezeRef = useRef(options.tooltip.freezeOnClick);
  freezeRef.current = options.tooltip.freezeOnClick;
  useEffect(() => {
    const renderer = new StatusmapRenderer(
      hostRef.current!,
      // The panel draws its own tooltip (values, links) from onHover and onTooltip.
      { hoverTooltip: false, drawTooltip: false },
      {
        // A click freezes the cell's tooltip where it is (freeze on click); otherwise a click only selects.
        onSelect: (cell) => {
          if (!cell) setSelected(null);
          else if (freezeRef.current) {
            const box = anchorOf(cell.row, cell.col);
            setSelected({ row: cell.row, col: cell.col, placement: box && placeBeside(box, 8) });
          }
        },
        onHover: (cell) => {
          tooltipTarget.set(cell && { row: cell.row, col: cell.col, source: 'pointer' });
          onHoverRef.current(cell);
        },
        // Enter on the focused cell; null when focus moves, the plot scrolls or Escape is pressed.
        onTooltip: (cell) => {
          if (cell) tooltipTarget.set({ row: cell.row, col: cell.col, source: 'keyboard' });
          else if (tooltipTarget.get()?.source === 'keyboard') tooltipTarget.set(null);
        },
        // Drag across the plot: zoom the dashboard to that range, as Grafana's time series panels do.
        onTimeRange: (range) => zoomRef.current(range),
      }
    );
    rendererRef.current = renderer;
    return () => renderer.destroy();
  }, [anchorOf, tooltipTarget]);
  useEffect(() => {
    const crosshair = shareCrosshair(eventBus, (time) => rendererRef.current?.setSharedTime(time));
    onHoverRef.current = crosshair.onHover;
    return () => {
      onHoverRef.current = () => undefined;
      crosshair.unsubscribe();
    };
  }, [eventBus]);

  const renderOptions = useMemo((): Partial<RenderOptions> => {
    const { cards, yAxis } = options;
    return {
      rowHeight: cards.rowHeight === 'auto' ? 'auto' : Math.max(1, cards.rowMinHeight),
      hSpacing: cards.cardHSpacing,
      vSpacing: cards.cardVSpacing,
      rounding: cards.cardRound,
      showYAxis: yAxis.show,
      yAxisWidth: yAxis.minWidth > 0 ? yAxis.minWidth : undefined,
      maxLabelWidth: yAxis.maxWidth > 0 ? yAxis.maxWidth : 280,
      showXAxis: options.xAxis.show,
      weekendShading: options.xAxis.weekendShading,
      timeZone: !timeZone || timeZone === 'browser' ? 'browser' : timeZone,
      // The React HoverTooltip draws it: values with units, custom content, links.
      hoverTooltip: false,
      drawTooltip: false,
      crosshair: options.highlightCards,
      theme: renderTheme(theme),
    };
  }, [options, theme, timeZone]);

  useEffect(() => rendererRef.current?.setOptions(renderOptions), [renderOptions]);
  useEffect(() => {
    if (shown) rendererRef.current?.setData(shown);
    // The hover tooltip stays: it now describes the new data under the pointer, as the hover ring does.
    setSelected(null);
  }, [shown]);
  useEffect(() => {
    if (!options.tooltip.freezeOnClick) setSelected(null);
  }, [options.tooltip.freezeOnClick]);

  const notices: string[] = [];
  if (options.migrationNotice) notices.push(options.migrationNotice);
  if (!outcome.ok) notices.push(`${outcome.message} (${outcome.code})`);
  if (result && result.report.unknownCells > 0) {
    const sample = result.report.unknownValues.map((v) => JSON.stringify(v)).join(', ');
    notices.push(
      `${result.report.unknownCells} cells hold values no colour rule matches: ${sample}. They are shown as "Unknown value".`
    );
  }
  if (result && options.warnMultipleValues && result.report.multiValueCells > 0) {
    notices.push(
      `${result.report.multiValueCells} cells hold several values; colours follow the priority setting.`
    );
  }

  const describe = useCallback(
    (row: number, col: number) =>
      result && shown ? cellDetails(result, shown, row, col, options, { from, to }, replaceVariables) : null,
    [result, shown, options, from, to, replaceVariables]
  );
  const details = selected && options.tooltip.show ? describe(selected.row, selected.col) : null;
  const noData = result !== null && result.matrix.rowCount === 0;

  return (
    <div className={styles.panel}>
      <Notices notices={notices} />
      {/* Escape closes the frozen tooltip, wherever focus is inside the plot. */}
      <div className={styles.plot} onKeyDown={(e) => e.key === 'Escape' && setSelected(null)}>
        <div ref={hostRef} className={styles.host} />
        {noData && <div className={styles.noData}>No data</div>}
        {options.tooltip.show && (
          <HoverTooltip
            store={tooltipTarget}
            describe={describe}
            anchor={anchorOf}
            frozen={details ? selected : null}
            freezeOnClick={options.tooltip.freezeOnClick}
            timeZone={timeZone}
            showValues={options.tooltip.showValues}
            showAllLabels={options.tooltip.showAllLabels}
          />
        )}
        {details && (
          <CellPopover
            details={details}
            placement={selected?.placement ?? null}
            timeZone={timeZone}
            showValues={options.tooltip.showValues}
            showAllLabels={options.tooltip.showAllLabels}
            onClose={() => setSelected(null)}
          />
        )}
      </div>
      {options.legend.show && result && (
        <Legend
          matrix={result.matrix}
          counts={counts}
          continuous={options.color.mode !== 'discrete'}
          showCounts={options.legend.showCounts}
          chosen={chosen}
          onToggle={options.legend.filterOnClick ? (s) => setChosen(toggle(chosen, s)) : undefined}
          onClear={() => setChosen(new Set())}
        />
      )}
      {options.pagination.enabled && pageCount > 1 && (
        <div className={styles.pager}>
          <button type="button" disabled={currentPage === 0} onClick={() => setPage(currentPage - 1)}>
            ‹ Previous
          </button>
          <span>
            Page {currentPage + 1} of {pageCount}
          </span>
          <button
            type="button"
            disabled={currentPage >= pageCount - 1}
            onClick={() => setPage(currentPage + 1)}
          >
            Next ›
          </button>
        </div>
      )}
    </div>
  );
}

function toggle(set: ReadonlySet<number>, status: number): Set<number> {
  const next = new Set(set);
  if (!next.delete(status)) next.add(status);
  return next;
}

const getStyles = (theme: GrafanaTheme2) => ({
  panel: css({ display: 'flex', flexDirection: 'column', width: '100%', height: '100%' }),
  plot: css({ position: 'relative', flex: '1 1 auto', minHeight: 0 }),
  host: css({ position: 'absolute', inset: 0 }),
  noData: css({
    position: 'absolute',
    inset: 0,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    color: theme.colors.text.secondary,
  }),
  pager: css({
    display: 'flex',
    gap: theme.spacing(1),
    alignItems: 'center',
    justifyContent: 'center',
    fontSize: theme.typography.bodySmall.fontSize,
  }),
});
