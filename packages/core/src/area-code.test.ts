import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AREA_LEVELS } from './schemas/primitives.js';
import { areaLevelOfCode, isCanonicalAreaCode, normalizeAreaCode } from './area-code.js';

describe('normalizeAreaCode', () => {
  it.each([
    ['91', 'municipality', 'KU091'],
    ['091', 'municipality', 'KU091'],
    ['KU091', undefined, 'KU091'],
    ['ku91', undefined, 'KU091'],
    ['6', 'region', 'MK06'],
    ['06', 'region', 'MK06'],
    ['MK6', undefined, 'MK06'],
    ['SK064', undefined, 'SK064'],
    ['64', 'sub-region', 'SK064'],
    ['HVA06', undefined, 'HVA06'],
    ['90', 'wellbeing-county', 'HVA90'],
    ['6', 'employment-area', 'TA06'],
    ['5', 'ely-centre', 'ELY05'],
    ['3', 'elinvoimakeskus', 'EVK03'],
    ['koko maa', undefined, 'SSS'],
    ['SSS', 'country', 'SSS'],
    ['MA1', undefined, 'MA1'],
  ] as const)('%j (level %s) → %s', (input, level, code) => {
    const r = normalizeAreaCode(input, level);
    expect(r.success && r.data.code).toBe(code);
  });

  it('keeps provider codes as written, only with level provider', () => {
    expect(normalizeAreaCode('Provider_1.a', 'provider')).toEqual({
      success: true,
      data: { code: 'Provider_1.a', level: 'provider' },
    });
    const bad = normalizeAreaCode('has space', 'provider');
    expect(!bad.success && bad.error.message).toMatch(/invalid provider code: "has space"/);
  });

  it.each([
    ['06', undefined, /ambiguous area code: "06" \(give a level\)/],
    ['MK99', undefined, /unknown area code: "MK99"/],
    ['TA46', undefined, /unknown area code: "TA46"/],
    ['KU0091', undefined, /unknown area code: "KU0091"/],
    ['XX12', undefined, /invalid area code: "XX12"/],
    ['MK06', 'municipality', /"MK06" is a region code, not municipality/],
    ['', undefined, /invalid area code: ""/],
  ] as const)('rejects %j with a message carrying it', (input, level, message) => {
    const r = normalizeAreaCode(input, level);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.message).toMatch(message);
  });

  it('tells the level of canonical codes only', () => {
    expect(areaLevelOfCode('TA13')).toBe('employment-area');
    expect(areaLevelOfCode('091')).toBeUndefined();
    expect(areaLevelOfCode('KU91')).toBeUndefined();
    expect(isCanonicalAreaCode('KU091')).toBe(true);
  });

  it('never throws, and normalising is idempotent', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.anything()),
        fc.option(fc.constantFrom(...AREA_LEVELS), { nil: undefined }),
        (input, level) => {
          const r = normalizeAreaCode(input, level);
          if (r.success) {
            const again = normalizeAreaCode(r.data.code, r.data.level);
            expect(again).toEqual(r);
            if (r.data.level !== 'provider') expect(areaLevelOfCode(r.data.code)).toBe(r.data.level);
          }
        },
      ),
    );
  });

  it('round-trips every numbered code through its bare number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom('region', 'sub-region', 'municipality', 'employment-area') as fc.Arbitrary<
          'region' | 'sub-region' | 'municipality' | 'employment-area'
        >,
        (n, level) => {
          const r = normalizeAreaCode(String(n), level);
          if (r.success) expect(normalizeAreaCode(r.data.code)).toEqual(r);
        },
      ),
    );
  });
});
