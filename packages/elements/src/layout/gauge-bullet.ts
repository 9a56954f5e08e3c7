import {
  gaugeBands,
  gaugeDomain,
  gaugeTicks,
  linear,
  r2,
  type BandKind,
  type GaugeScaleInput,
} from './gauge-scale.js';

/** Input of {@link bulletLayout}: the scale input plus the width to fill. */
export interface BulletLayoutInput extends GaugeScaleInput {
  readonly width: number;
  /** The tick labels' size in CSS px (default 11); it follows the user's font size. */
  readonly fontSize?: number | undefined;
}

/** The bullet gauge's geometry, in SVG user units (rounded to 2 decimals). */
export interface BulletLayout {
  readonly width: number;
  readonly height: number;
  readonly domain: readonly [number, number];
  readonly bands: readonly {
    readonly kind: BandKind;
    readonly x: number;
    readonly width: number;
    readonly y: number;
    readonly height: number;
  }[];
  /** The actual value's bar; `undefined` when there is no value (suppressed or missing). */
  readonly bar:
    { readonly x: number; readonly width: number; readonly y: number; readonly height: number } | undefined;
  readonly target: { readonly x: number; readonly y1: number; readonly y2: number } | undefined;
  readonly previous: { readonly x: number; readonly y: number } | undefined;
  readonly ticks: readonly { readonly value: number; readonly x: number; readonly y: number }[];
  readonly axisY: number;
}

const PAD_X = 8;
const BAND_Y = 6;
const BAND_H = 36;
const BAR_H = 14;
const TARGET_OVERHANG = 5;
/** The tick label size, CSS px, the axis spacing below was drawn for. */
export const BULLET_TICK_FONT_SIZE = 11;

/**
 * A horizontal bullet gauge: qualitative bands behind, the actual as a bar from the domain's
 * zero (or its low end), the target as a vertical marker, the previous period as a ghost
 * diamond, and an axis below.
 *
 * @example
 * ```ts
 * bulletLayout({ value: 10.8, target: 9, tolerance: 0.5, direction: 'lower-is-better', width: 320 });
 * ```
 */
export function bulletLayout(input: BulletLayoutInput): BulletLayout {
  const width = Math.max(160, Math.round(input.width));
  const domain = gaugeDomain(input);
  const x = linear(domain, [PAD_X, width - PAD_X]);
  const base = x(Math.min(Math.max(0, domain[0]), domain[1]));
  const bands = gaugeBands(domain, input.target, input.tolerance ?? 0, input.direction).map((b) => ({
    kind: b.kind,
    x: r2(x(b.from)),
    width: r2(x(b.to) - x(b.from)),
    y: BAND_Y,
    height: BAND_H,
  }));
  const hasValue = typeof input.value === 'number' && Number.isFinite(input.value);
  const bar = hasValue
    ? (() => {
        const vx = x(input.value as number);
        return {
          x: r2(Math.min(base, vx)),
          width: r2(Math.abs(vx - base)),
          y: BAND_Y + (BAND_H - BAR_H) / 2,
          height: BAR_H,
        };
      })()
    : undefined;
  const target =
    typeof input.target === 'number' && Number.isFinite(input.target)
      ? {
          x: r2(x(input.target)),
          y1: BAND_Y - TARGET_OVERHANG + 2,
          y2: BAND_Y + BAND_H + TARGET_OVERHANG - 2,
        }
      : undefined;
  const previous =
    typeof input.previous === 'number' && Number.isFinite(input.previous)
      ? { x: r2(x(input.previous)), y: BAND_Y + BAND_H / 2 }
      : undefined;
  const axisY = BAND_Y + BAND_H + 8;
  // Larger labels need more room below the axis and fewer ticks across it.
  const k = input.fontSize !== undefined && input.fontSize > 0 ? input.fontSize / BULLET_TICK_FONT_SIZE : 1;
  const tickCount = width / Math.max(1, k) < 280 ? 3 : 5;
  return {
    width,
    height: axisY + Math.round(18 * k),
    domain,
    bands,
    bar,
    target,
    previous,
    ticks: gaugeTicks(domain, tickCount).map((v) => ({
      value: v,
      x: r2(x(v)),
      y: axisY + Math.round(12 * k),
    })),
    axisY,
  };
}
