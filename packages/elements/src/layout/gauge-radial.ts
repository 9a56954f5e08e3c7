import {
  gaugeBands,
  gaugeDomain,
  gaugeTicks,
  linear,
  r2,
  type BandKind,
  type GaugeScaleInput,
} from './gauge-scale.js';

/** Input of {@link radialLayout}: the scale input plus the width to fill. */
export interface RadialLayoutInput extends GaugeScaleInput {
  readonly width: number;
}

/** The radial (half-circle) gauge's geometry: SVG path data and points, rounded to 2 decimals. */
export interface RadialLayout {
  readonly width: number;
  readonly height: number;
  readonly domain: readonly [number, number];
  readonly bands: readonly { readonly kind: BandKind; readonly d: string }[];
  readonly bar: { readonly d: string } | undefined;
  readonly track: { readonly d: string };
  readonly target:
    { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number } | undefined;
  readonly previous: { readonly x: number; readonly y: number } | undefined;
  readonly ticks: readonly {
    readonly value: number;
    readonly x: number;
    readonly y: number;
    readonly anchor: 'start' | 'middle' | 'end';
  }[];
  readonly cx: number;
  readonly cy: number;
}

/** The point at `angle` (radians, 0 = up, clockwise) on a circle. */
function polar(cx: number, cy: number, r: number, angle: number): [number, number] {
  return [r2(cx + r * Math.sin(angle)), r2(cy - r * Math.cos(angle))];
}

/**
 * An annular sector as SVG path data, from angle `a0` to `a1` (radians, 0 = up, clockwise).
 *
 * @example
 * ```ts
 * annularSector(100, 100, 60, 80, -Math.PI / 2, 0);
 * ```
 */
export function annularSector(
  cx: number,
  cy: number,
  r0: number,
  r1: number,
  a0: number,
  a1: number,
): string {
  const large = Math.abs(a1 - a0) > Math.PI ? 1 : 0;
  const [x0, y0] = polar(cx, cy, r1, a0);
  const [x1, y1] = polar(cx, cy, r1, a1);
  const [x2, y2] = polar(cx, cy, r0, a1);
  const [x3, y3] = polar(cx, cy, r0, a0);
  return `M${x0},${y0}A${r2(r1)},${r2(r1)} 0 ${large} 1 ${x1},${y1}L${x2},${y2}A${r2(r0)},${r2(r0)} 0 ${large} 0 ${x3},${y3}Z`;
}

/**
 * A half-circle gauge: bands as an outer ring, the actual as an inner arc from the low end,
 * the target as a needle across the ring, the previous period as a ghost dot.
 *
 * @example
 * ```ts
 * radialLayout({ value: 72.1, target: 75, tolerance: 2, direction: 'higher-is-better', width: 240 });
 * ```
 */
export function radialLayout(input: RadialLayoutInput): RadialLayout {
  const width = Math.max(160, Math.min(Math.round(input.width), 360));
  const r = width / 2 - 24;
  const cx = width / 2;
  const cy = r + 26;
  const domain = gaugeDomain(input);
  const angle = linear(domain, [-Math.PI / 2, Math.PI / 2]);
  const ringIn = r - 14;
  const bands = gaugeBands(domain, input.target, input.tolerance ?? 0, input.direction).map((b) => ({
    kind: b.kind,
    d: annularSector(cx, cy, ringIn, r, angle(b.from), angle(b.to)),
  }));
  const barOut = ringIn - 4;
  const barIn = barOut - 16;
  const hasValue = typeof input.value === 'number' && Number.isFinite(input.value);
  const zero = angle(Math.min(Math.max(0, domain[0]), domain[1]));
  const bar = hasValue
    ? (() => {
        const a = angle(input.value as number);
        return { d: annularSector(cx, cy, barIn, barOut, Math.min(zero, a), Math.max(zero, a)) };
      })()
    : undefined;
  const target =
    typeof input.target === 'number' && Number.isFinite(input.target)
      ? (() => {
          const a = angle(input.target);
          const [x1, y1] = polar(cx, cy, barIn - 4, a);
          const [x2, y2] = polar(cx, cy, r + 4, a);
          return { x1, y1, x2, y2 };
        })()
      : undefined;
  const previous =
    typeof input.previous === 'number' && Number.isFinite(input.previous)
      ? (() => {
          const [x, y] = polar(cx, cy, (barIn + barOut) / 2, angle(input.previous));
          return { x, y };
        })()
      : undefined;
  const ticks = gaugeTicks(domain, 3).map((v) => {
    const a = angle(v);
    const [x, y] = polar(cx, cy, r + 12, a);
    const anchor: 'start' | 'middle' | 'end' = a < -0.2 ? 'end' : a > 0.2 ? 'start' : 'middle';
    return { value: v, x, y, anchor };
  });
  return {
    width,
    height: r2(cy + 8),
    domain,
    bands,
    bar,
    track: { d: annularSector(cx, cy, barIn, barOut, -Math.PI / 2, Math.PI / 2) },
    target,
    previous,
    ticks,
    cx: r2(cx),
    cy: r2(cy),
  };
}
