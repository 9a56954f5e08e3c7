import { describe, expect, it } from 'vitest';
import { MAX_VERTEX_BYTES, PathText, writeHundredths } from './trend-path-text.js';

/** What the path writer wrote before bytes (decision 0590): shortest text of `k / 100`. */
function reference(k: number): string {
  return String(Math.round(k) / 100);
}

function written(k: number): string {
  const t = new PathText(64);
  t.length = writeHundredths(t.bytes, 0, k);
  return t.text();
}

describe('writeHundredths', () => {
  it('writes the shortest decimal text of a coordinate on the plot', () => {
    expect(written(0)).toBe('0');
    expect(written(5)).toBe('0.05');
    expect(written(50)).toBe('0.5');
    expect(written(700)).toBe('7');
    expect(written(1234)).toBe('12.34');
    expect(written(99_999)).toBe('999.99');
    expect(written(999_999)).toBe('9999.99');
  });

  it('writes negative and far-off coordinates too', () => {
    expect(written(-5)).toBe('-0.05');
    expect(written(-123_456)).toBe('-1234.56');
    expect(written(1_000_000)).toBe('10000');
    expect(written(123_456_789)).toBe('1234567.89');
  });

  it('agrees with the number as text for every hundredth up to 100 px and a sample beyond', () => {
    const bad: number[] = [];
    for (let k = -10_000; k <= 10_000; k++) if (written(k) !== reference(k)) bad.push(k);
    for (let k = 10_000; k < 5_000_000; k += 997) if (written(k) !== reference(k)) bad.push(k);
    expect(bad).toEqual([]);
  });

  it('writes a coordinate that is not finite as 0', () => {
    expect(written(Number.NaN)).toBe('0');
    expect(written(Infinity)).toBe('0');
    expect(written(-Infinity)).toBe('0');
  });

  it('stays within the bytes reserved for a vertex', () => {
    const longest = written(-1e19);
    expect(2 * longest.length + 2).toBeLessThanOrEqual(MAX_VERTEX_BYTES);
  });

  it('writes one well-formed number for coordinates far off the plot, up to 1e18 hundredths', () => {
    const bad: string[] = [];
    for (let e = 10; e <= 18; e += 0.125) {
      for (const k of [Math.round(10 ** e) + 7, Math.round(10 ** e) + 95, -Math.round(10 ** e) - 3]) {
        const text = written(k);
        if (!/^-?\d+(\.\d\d?)?$/.test(text) || 2 * text.length + 2 > MAX_VERTEX_BYTES)
          bad.push(`${k} → ${text}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('PathText', () => {
  it('grows when reserving room for more vertices than it holds', () => {
    const t = new PathText(0);
    t.reserve(100);
    expect(t.bytes.length).toBeGreaterThanOrEqual(100 * MAX_VERTEX_BYTES);
    expect(t.text()).toBe('');
  });
});
