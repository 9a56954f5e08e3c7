import { describe, expect, it } from 'vitest';
import { labelWidth, timeTicks, TICK_GAP } from './trend-time-ticks.js';

const utc = (y: number, m = 1, d = 1): number => Date.UTC(y, m - 1, d);

function noOverlap(ticks: ReturnType<typeof timeTicks>, t0: number, t1: number, width: number): boolean {
  const k = width / (t1 - t0);
  return ticks.every((t, i) => {
    const prev = ticks[i - 1];
    return !prev || (t.value - prev.value) * k >= (labelWidth(prev) + labelWidth(t)) / 2 + TICK_GAP;
  });
}

describe('timeTicks', () => {
  it('gives 20 years of monthly data a few year ticks that fit, in every language', () => {
    for (const locale of ['fi', 'sv', 'en'] as const) {
      const t0 = utc(2005, 1);
      const t1 = utc(2024, 12);
      const ticks = timeTicks(t0, t1, 600, 'month', locale);
      expect(ticks.length).toBeGreaterThanOrEqual(4);
      expect(ticks.length).toBeLessThanOrEqual(20);
      expect(ticks.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
      expect(noOverlap(ticks, t0, t1, 600)).toBe(true);
    }
  });

  it('labels three quarters Q1–Q3 with the year under the first', () => {
    const ticks = timeTicks(utc(2025, 1), utc(2025, 7), 300, 'quarter', 'fi');
    expect(ticks.map((t) => t.label)).toEqual(['Q1', 'Q2', 'Q3']);
    expect(ticks.map((t) => t.context)).toEqual(['2025', undefined, undefined]);
  });

  it('writes the year again where it changes', () => {
    const ticks = timeTicks(utc(2024, 10), utc(2025, 4), 400, 'quarter', 'sv');
    expect(ticks.map((t) => [t.label, t.context])).toEqual([
      ['Q4', '2024'],
      ['Q1', '2025'],
      ['Q2', undefined],
    ]);
  });

  it('names months in the asked language', () => {
    const t0 = utc(2025, 1);
    const t1 = utc(2025, 6);
    expect(timeTicks(t0, t1, 600, 'month', 'fi').map((t) => t.label)).toEqual([
      'tammi',
      'helmi',
      'maalis',
      'huhti',
      'touko',
      'kesä',
    ]);
    expect(timeTicks(t0, t1, 600, 'month', 'sv')[0]?.label).toBe('jan.');
    expect(timeTicks(t0, t1, 600, 'month', 'en')[4]?.label).toBe('May');
  });

  it('never subdivides yearly data into months', () => {
    const ticks = timeTicks(utc(2021), utc(2024), 800, 'year', 'fi');
    expect(ticks.map((t) => t.label)).toEqual(['2021', '2022', '2023', '2024']);
  });

  it('writes days the Finnish way (14.9.) and thins them on 55 years of daily data', () => {
    const days = timeTicks(utc(2025, 9, 14), utc(2025, 9, 17), 400, 'day', 'fi');
    expect(days[0]).toEqual({ value: utc(2025, 9, 14), label: '14.9.', context: '2025' });
    const t0 = utc(1970, 1, 1);
    const t1 = utc(2024, 10, 2);
    const long = timeTicks(t0, t1, 800, 'day', 'fi');
    expect(long.length).toBeGreaterThan(3);
    expect(long.every((t) => /^\d{4}$/.test(t.label) && Number(t.label) % 5 === 0)).toBe(true);
    expect(noOverlap(long, t0, t1, 800)).toBe(true);
  });

  it('keeps at most two labels on an axis too narrow for more', () => {
    const ticks = timeTicks(utc(1900), utc(2000), 10, 'year', 'en');
    expect(ticks.length).toBeGreaterThan(0);
    expect(ticks.length).toBeLessThanOrEqual(2);
  });

  it('handles years before 100 without the 1900s offset of Date.UTC', () => {
    const t0 = new Date(0).setUTCFullYear(50, 0, 1);
    const t1 = new Date(0).setUTCFullYear(60, 0, 1);
    expect(timeTicks(t0, t1, 600, 'year', 'fi')[0]?.label).toBe('50');
  });
});
