import type { Direction } from '@mittari/core';

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/**
 * The step between about `count` nice ticks over `[start, stop]` (1, 2 or 5 × 10ⁿ), as d3-array
 * computes it; written here so the gauge needs no d3 at all.
 */
function tickStep(start: number, stop: number, count: number): number {
  const step0 = Math.abs(stop - start) / Math.max(1, count);
  let step = 10 ** Math.floor(Math.log10(step0));
  const error = step0 / step;
  if (error >= E10) step *= 10;
  else if (error >= E5) step *= 5;
  else if (error >= E2) step *= 2;
  return step;
}

/** d3-array's tick increment: the step if ≥ 1, else minus its inverse (exact for 0.1, 0.2, 0.5…). */
function tickIncrement(start: number, stop: number, count: number): number {
  const step = (stop - start) / Math.max(1, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const f = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  return power >= 0 ? f * 10 ** power : -(10 ** -power) / f;
}

/** Extends `[lo, hi]` outwards to multiples of a nice step (as d3-array's `nice`). */
export function niceDomain(lo: number, hi: number, count: number): [number, number] {
  let a = lo;
  let b = hi;
  let previous: number | undefined;
  for (let i = 0; i < 20; i++) {
    const step = tickIncrement(a, b, count);
    if (step === previous || step === 0 || !Number.isFinite(step)) break;
    if (step > 0) {
      a = Math.floor(a / step) * step;
      b = Math.ceil(b / step) * step;
    } else {
      a = Math.ceil(a * step) / step;
      b = Math.floor(b * step) / step;
    }
    previous = step;
  }
  return [a, b];
}

/** About `count` nice tick values inside `[lo, hi]`. */
export function niceTicks(lo: number, hi: number, count: number): number[] {
  const step = tickStep(lo, hi, count);
  if (!Number.isFinite(step) || step <= 0) return [];
  const out: number[] = [];
  // Integer multiples, divided rather than multiplied when the step is below 1, to avoid 0.30000000000000004.
  const inv = step < 1 ? Math.round(1 / step) : 0;
  const first = Math.ceil(lo / step - 1e-9);
  const last = Math.floor(hi / step + 1e-9);
  for (let i = first; i <= last; i++) out.push((inv ? i / inv : i * step) + 0); // + 0 turns -0 into 0
  return out;
}

/** The qualitative band a stretch of the gauge's scale belongs to. */
export type BandKind = 'met' | 'near' | 'missed';

/** One band of the scale, `from` < `to`, in the indicator's unit. */
export interface Band {
  readonly kind: BandKind;
  readonly from: number;
  readonly to: number;
}

/** What the gauge's scale is built from. `tolerance` is absolute, in the indicator's unit. */
export interface GaugeScaleInput {
  readonly value: number | null;
  readonly target: number | null;
  readonly previous?: number | null;
  readonly tolerance?: number;
  readonly direction: Direction;
}

/** A linear mapping of `[d0, d1]` onto `[r0, r1]` — all a gauge needs (no d3-scale). */
export function linear(
  domain: readonly [number, number],
  range: readonly [number, number],
): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (Math.min(Math.max(v, Math.min(d0, d1)), Math.max(d0, d1)) - d0) * k;
}

/** Rounds to 2 decimals so geometry (and golden snapshots) is stable across engines. */
export function r2(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * The gauge's value domain: from 0 (or below, for negative values) to a nice number with room
 * for the value, the target, the previous value and the tolerance bands.
 *
 * @example
 * ```ts
 * gaugeDomain({ value: 10.8, target: 9, tolerance: 0.5, direction: 'lower-is-better' }); // [0, 12]
 * ```
 */
export function gaugeDomain(input: GaugeScaleInput): [number, number] {
  const tol = input.tolerance ?? 0;
  const vals = [input.value, input.target, input.previous].filter(
    (v): v is number => typeof v === 'number' && Number.isFinite(v),
  );
  if (typeof input.target === 'number' && Number.isFinite(input.target)) {
    const t = input.target;
    vals.push(t + 2 * tol, t - 2 * tol);
  }
  if (vals.length === 0) return [0, 1];
  let lo = Math.min(0, ...vals);
  let hi = Math.max(0, ...vals);
  if (hi > 0) hi *= 1.1;
  if (lo < 0) lo *= 1.1;
  if (hi === lo) hi = lo + 1;
  const [a, b] = niceDomain(lo, hi, 5);
  return [a, b];
}

/**
 * The qualitative bands over the domain from the target and its tolerance, by direction:
 * higher-is-better met from the target up, near within the tolerance below it; lower-is-better
 * the mirror; target-is-best met within ±tolerance and near within ±2×tolerance. No target, no
 * bands; `neutral` indicators are not judged, so no bands either.
 *
 * @example
 * ```ts
 * gaugeBands([0, 12], 9, 0.5, 'lower-is-better');
 * // [{ kind: 'met', from: 0, to: 9 }, { kind: 'near', from: 9, to: 9.5 }, { kind: 'missed', from: 9.5, to: 12 }]
 * ```
 */
export function gaugeBands(
  domain: readonly [number, number],
  target: number | null,
  tolerance: number,
  direction: Direction,
): Band[] {
  if (target === null || !Number.isFinite(target) || direction === 'neutral') return [];
  const [lo, hi] = domain;
  const clamp = (v: number) => Math.min(Math.max(v, lo), hi);
  const raw: Band[] =
    direction === 'higher-is-better'
      ? [
          { kind: 'missed', from: lo, to: target - tolerance },
          { kind: 'near', from: target - tolerance, to: target },
          { kind: 'met', from: target, to: hi },
        ]
      : direction === 'lower-is-better'
        ? [
            { kind: 'met', from: lo, to: target },
            { kind: 'near', from: target, to: target + tolerance },
            { kind: 'missed', from: target + tolerance, to: hi },
          ]
        : [
            { kind: 'missed', from: lo, to: target - 2 * tolerance },
            { kind: 'near', from: target - 2 * tolerance, to: target - tolerance },
            { kind: 'met', from: target - tolerance, to: target + tolerance },
            { kind: 'near', from: target + tolerance, to: target + 2 * tolerance },
            { kind: 'missed', from: target + 2 * tolerance, to: hi },
          ];
  return raw
    .map((b) => ({ kind: b.kind, from: clamp(b.from), to: clamp(b.to) }))
    .filter((b) => b.to > b.from);
}

/** Axis ticks over the domain (about `count` of them, at nice numbers). */
export function gaugeTicks(domain: readonly [number, number], count = 5): number[] {
  return niceTicks(domain[0], domain[1], count);
}
