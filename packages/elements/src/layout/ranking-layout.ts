/**
 * Geometry of the ranking bars: one horizontal bar per area in rank order, a shared value axis
 * that always includes zero, the target and the reference value, and rows without a value
 * (suppressed, missing) kept at the end with no bar. Pure; no DOM.
 */
import { nice, ticks } from 'd3-array';
import type { ObservationStatus } from '@mittari/core';

/** One area to rank. */
export interface RankingInput {
  readonly code: string;
  readonly label: string;
  /** `null` when suppressed or missing; such a row never gets a bar. */
  readonly value: number | null;
  readonly status: ObservationStatus;
  /** 1-based rank from core (`undefined` for rows without a value). */
  readonly rank?: number | undefined;
  /** The text drawn after the bar (formatted value or status), to keep it clear of the lines. */
  readonly valueLabel?: string | undefined;
}

/** Sizes and reference lines of a ranking. */
export interface RankingOptions {
  readonly width: number;
  /** Row pitch in px (default 24). */
  readonly rowHeight?: number;
  /** Space for the labels at the left, px; default estimated from the longest label. */
  readonly labelWidth?: number;
  /** Space for the value text at the right of each bar, px (default 64). */
  readonly valueWidth?: number;
  /** Font size used to estimate label widths (default 14). */
  readonly fontSize?: number;
  readonly target?: number | undefined;
  readonly reference?: number | undefined;
  /** Height reserved for the axis at the top, px (default 24). */
  readonly axisHeight?: number;
}

/** One row of the ranking. */
export interface RankingRow extends RankingInput {
  /** Top of the row. */
  readonly y: number;
  /** Bar rectangle; `width` 0 and `hasBar` false for rows without a value. */
  readonly barX: number;
  readonly barWidth: number;
  readonly barY: number;
  readonly barHeight: number;
  readonly hasBar: boolean;
  /** Where the value text starts: after the bar, moved past a target or reference line it would cross. */
  readonly valueX: number;
}

/** The laid-out ranking. */
export interface RankingLayout {
  readonly width: number;
  readonly height: number;
  readonly labelWidth: number;
  /** Left and right end of the value axis. */
  readonly plotX0: number;
  readonly plotX1: number;
  readonly zeroX: number;
  readonly rows: readonly RankingRow[];
  readonly ticks: readonly { readonly value: number; readonly x: number }[];
  readonly targetX: number | undefined;
  readonly referenceX: number | undefined;
  readonly domain: readonly [number, number];
}

/** Space kept between a dashed reference line and a value text, px. */
const LINE_GAP = 4;

/**
 * A deterministic estimate of a label's width (no DOM in Node): 0.56 em per character, the
 * average advance of the system sans-serif fonts for Finnish and Swedish text.
 *
 * @example
 * ```ts
 * estimateTextWidth('Helsinki', 14); // ≈ 63
 * ```
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Math.ceil([...text].length * fontSize * 0.56);
}

/**
 * Lays out ranking bars in the order given (rank order from core's `rankAreas`).
 *
 * @example
 * ```ts
 * const l = rankingLayout(rows, { width: 480, target: 9 });
 * l.rows[0].barWidth; // px
 * ```
 */
export function rankingLayout(input: readonly RankingInput[], options: RankingOptions): RankingLayout {
  const rowHeight = options.rowHeight ?? 24;
  const fontSize = options.fontSize ?? 14;
  const valueWidth = options.valueWidth ?? 64;
  const axisHeight = options.axisHeight ?? 24;
  const width = Math.max(160, options.width);
  const longest = input.reduce((m, r) => Math.max(m, estimateTextWidth(r.label, fontSize)), 0);
  const labelWidth = Math.round(options.labelWidth ?? Math.min(width * 0.45, Math.max(80, longest + 12)));

  const extent: number[] = [0];
  for (const r of input) if (r.value !== null && Number.isFinite(r.value)) extent.push(r.value);
  for (const v of [options.target, options.reference])
    if (v !== undefined && Number.isFinite(v)) extent.push(v);
  const [lo, niceHi] = nice(Math.min(...extent), Math.max(...extent), 5);
  const hi = lo === niceHi ? lo + 1 : niceHi;
  const plotX0 = labelWidth;
  const plotX1 = Math.max(plotX0 + 40, width - valueWidth);
  const x = (v: number) => plotX0 + ((v - lo) / (hi - lo)) * (plotX1 - plotX0);
  const zeroX = x(0);
  const barHeight = Math.max(4, Math.round(rowHeight * 0.6));
  const lineXs = [options.target, options.reference]
    .filter((v): v is number => v !== undefined && Number.isFinite(v))
    .map(x)
    .sort((a, b) => a - b);
  // The dashed lines run through every row; a value text they cross is hard to read, so the
  // text starts just past any line that would cut it (lines ascending: one pass suffices).
  const clear = (start: number, label: string | undefined): number => {
    const w = label === undefined ? valueWidth - 8 : estimateTextWidth(label, fontSize);
    let at = start;
    for (const lx of lineXs) if (lx >= at - LINE_GAP && lx <= at + w + LINE_GAP) at = lx + LINE_GAP;
    return at;
  };

  const rows = input.map((r, i): RankingRow => {
    const y = axisHeight + i * rowHeight;
    const barY = y + (rowHeight - barHeight) / 2;
    if (r.value === null || !Number.isFinite(r.value)) {
      return {
        ...r,
        y,
        barX: zeroX,
        barWidth: 0,
        barY,
        barHeight,
        hasBar: false,
        valueX: clear(zeroX + 4, r.valueLabel),
      };
    }
    const vx = x(r.value);
    const barX = Math.min(vx, zeroX);
    const barWidth = Math.abs(vx - zeroX);
    const valueX = clear(Math.max(vx, zeroX) + 4, r.valueLabel);
    return { ...r, y, barX, barWidth, barY, barHeight, hasBar: true, valueX };
  });
  return {
    width,
    height: axisHeight + input.length * rowHeight + 4,
    labelWidth,
    plotX0,
    plotX1,
    zeroX,
    rows,
    ticks: ticks(lo, hi, Math.max(2, Math.floor((plotX1 - plotX0) / 80))).map((value) => ({
      value,
      x: x(value),
    })),
    targetX: options.target !== undefined && Number.isFinite(options.target) ? x(options.target) : undefined,
    referenceX:
      options.reference !== undefined && Number.isFinite(options.reference)
        ? x(options.reference)
        : undefined,
    domain: [lo, hi],
  };
}
