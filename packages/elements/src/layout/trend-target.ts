import { scaleMap, type LinearScale } from './trend-scale.js';

/**
 * One step of a target over time, in data x: it holds from `x0` (the start of its first period)
 * to `x1` (the start of its last period on the chart's axis), with an optional tolerance band
 * `[low, high]` around `value`.
 */
export interface TargetStep {
  readonly x0: number;
  readonly x1: number;
  readonly value: number;
  readonly low?: number | undefined;
  readonly high?: number | undefined;
  /** Data x where the next period starts, when known: a following step starting there is joined. */
  readonly next?: number | undefined;
}

/** The target drawn: a (stepped) line, the tolerance band, and one position per step for labels. */
export interface TargetPaths {
  readonly line: string;
  readonly band: string;
  readonly steps: readonly {
    readonly x0: number;
    readonly x1: number;
    readonly y: number;
    readonly value: number;
  }[];
}

/** Half-width in pixels of the mark drawn for a target that holds for a single period. */
export const SINGLE_PERIOD_HALF_WIDTH = 6;

const r = (v: number): number => Math.round(v * 100) / 100;

/**
 * The target line and tolerance band as SVG path data. Consecutive steps (one starting where
 * the previous one's `next` period starts) are joined by a vertical riser at the change, like a
 * step-after curve; a gap in the targets leaves a gap in the line. A target for one period
 * becomes a short horizontal mark.
 *
 * @example
 * ```ts
 * const xs = linearScale(0, 24, 0, 240);
 * const ys = linearScale(0, 20, 200, 0);
 * targetPaths([{ x0: 0, x1: 11, next: 12, value: 10 }, { x0: 12, x1: 23, next: 24, value: 9 }], xs, ys).line;
 * // "M0,100H120V110H230"
 * ```
 */
export function targetPaths(steps: readonly TargetStep[], xs: LinearScale, ys: LinearScale): TargetPaths {
  const sorted = [...steps].sort((a, b) => a.x0 - b.x0);
  let line = '';
  let band = '';
  const out: { x0: number; x1: number; y: number; value: number }[] = [];
  let prev: TargetStep | undefined;
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i] as TargetStep;
    const nextStep = sorted[i + 1];
    const joined = nextStep !== undefined && s.next !== undefined && nextStep.x0 === s.next;
    let px0 = scaleMap(xs, s.x0);
    let px1 = scaleMap(xs, joined ? nextStep.x0 : s.x1);
    if (!joined && s.x0 === s.x1) {
      px0 -= SINGLE_PERIOD_HALF_WIDTH;
      px1 += SINGLE_PERIOD_HALF_WIDTH;
    }
    const py = scaleMap(ys, s.value);
    const continues = prev !== undefined && prev.next !== undefined && prev.next === s.x0;
    line += continues ? `V${r(py)}H${r(px1)}` : `M${r(px0)},${r(py)}H${r(px1)}`;
    if (s.low !== undefined && s.high !== undefined) {
      const yl = scaleMap(ys, s.low);
      const yh = scaleMap(ys, s.high);
      band += `M${r(px0)},${r(Math.min(yl, yh))}H${r(px1)}V${r(Math.max(yl, yh))}H${r(px0)}Z`;
    }
    out.push({ x0: r(px0), x1: r(px1), y: r(py), value: s.value });
    prev = s;
  }
  return { line, band, steps: out };
}

/**
 * The band a tolerance gives around a target value: an absolute amount in the value's unit or a
 * share of the target (0.05 = 5 %).
 *
 * @example
 * ```ts
 * toleranceBand(9, { kind: 'absolute', value: 0.5 }); // { low: 8.5, high: 9.5 }
 * toleranceBand(200, { kind: 'relative', value: 0.1 }); // { low: 180, high: 220 }
 * ```
 */
export function toleranceBand(
  value: number,
  tolerance: { readonly kind: 'absolute' | 'relative'; readonly value: number } | undefined,
): { low: number; high: number } | undefined {
  if (!tolerance) return undefined;
  const d = tolerance.kind === 'absolute' ? tolerance.value : Math.abs(value) * tolerance.value;
  return { low: value - d, high: value + d };
}
