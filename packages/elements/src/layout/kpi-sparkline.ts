import type { SeriesPoint } from '@mittari/core';
import { linear, r2 } from './gauge-scale.js';

/** The sparkline's geometry: a path (gaps where values are missing) and the last point. */
export interface Sparkline {
  readonly width: number;
  readonly height: number;
  readonly d: string;
  readonly last: { readonly x: number; readonly y: number } | undefined;
  readonly targetY: number | undefined;
}

/**
 * A sparkline of the last `n` points: a line that breaks at missing or suppressed values (a
 * suppressed value is never drawn or interpolated) and a dot on the latest value.
 *
 * @example
 * ```ts
 * sparkline([{ period: '2025-01', value: 9.8, status: 'final' }, …], { width: 120, height: 32, n: 12 });
 * ```
 */
export function sparkline(
  series: readonly SeriesPoint[],
  options: { width: number; height: number; n: number; target?: number | undefined },
): Sparkline {
  const pts = series.slice(-options.n);
  const values = pts.map((p) => p.value).filter((v): v is number => v !== null && Number.isFinite(v));
  if (options.target !== undefined) values.push(options.target);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = 3;
  const y = linear(lo === hi ? [lo - 1, hi + 1] : [lo, hi], [options.height - pad, pad]);
  const x = linear([0, Math.max(1, pts.length - 1)], [pad, options.width - pad]);
  let d = '';
  let pen = false;
  pts.forEach((p, i) => {
    if (p.value === null || !Number.isFinite(p.value)) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${r2(x(i))},${r2(y(p.value))}`;
    pen = true;
  });
  const lastIndex = pts.length - 1;
  const lastPoint = pts[lastIndex];
  return {
    width: options.width,
    height: options.height,
    d,
    last:
      lastPoint && lastPoint.value !== null ? { x: r2(x(lastIndex)), y: r2(y(lastPoint.value)) } : undefined,
    targetY: options.target !== undefined && values.length > 0 ? r2(y(options.target)) : undefined,
  };
}
