import { describe, expect, it } from 'vitest';
import { checkAreaCode, mergerOf, mergers, successorOf } from './codes.js';
import { areasOf } from './names.js';

describe('checkAreaCode', () => {
  it('names the code, the year and the merger for a merged municipality', () => {
    const r = checkAreaCode('KU588', 2025);
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.error.message).toBe('unknown area code in 2025: "KU588" (merged into KU507 on 2025-01-01)');
    const bare = checkAreaCode('588', 2025, 'municipality');
    expect(!bare.success && bare.error.message).toMatch(
      /unknown area code in 2025: "KU588" \(merged into KU507/,
    );
  });

  it('accepts a code in a year it existed, in any form core accepts', () => {
    expect(checkAreaCode('588', 2024, 'municipality')).toMatchObject({
      success: true,
      data: { code: 'KU588', level: 'municipality' },
    });
    expect(checkAreaCode('MK6', 2013)).toMatchObject({
      success: true,
      data: { code: 'MK06', label: { fi: 'Pirkanmaa' } },
    });
  });

  it('says when an area exists for codes of other years', () => {
    const ta = checkAreaCode('TA01', 2024);
    expect(!ta.success && ta.error.message).toBe('unknown area code in 2024: "TA01" (exists 2025–2026)');
    const ely = checkAreaCode('ELY05', 2026);
    expect(!ely.success && ely.error.message).toMatch(/"ELY05" \(exists 2013–2025\)/);
  });

  it('rejects years outside the classification and bad syntax', () => {
    const y = checkAreaCode('KU091', 2012);
    expect(!y.success && y.error.message).toMatch(/no area classification for year 2012/);
    const amb = checkAreaCode('06', 2025);
    expect(!amb.success && amb.error.message).toMatch(/ambiguous/);
    const never = checkAreaCode('KU006', 2025);
    expect(!never.success && never.error.message).toBe('unknown area code in 2025: "KU006"');
    const outOfRange = checkAreaCode('KU999', 2025);
    expect(!outOfRange.success && outOfRange.error.message).toMatch(/unknown area code: "KU999"/);
  });
});

describe('successorOf', () => {
  it('maps every municipality code of 2013–2026 to a code of 2025', () => {
    const current = new Set(areasOf('municipality', 2025).map((a) => a.code));
    const all = new Set<string>();
    for (let y = 2013; y <= 2026; y++) for (const a of areasOf('municipality', y)) all.add(a.code);
    expect(all.size).toBe(320);
    for (const code of all) expect(current.has(successorOf(code) ?? ''), code).toBe(true);
  });

  it('follows the real mergers', () => {
    expect(successorOf('KU588')).toBe('KU507');
    expect(successorOf('413')).toBe('KU609');
    expect(successorOf('KU091')).toBe('KU091');
    expect(successorOf('KU999')).toBeUndefined();
    expect(mergerOf('KU099')).toEqual({ code: 'KU099', into: 'KU214', date: '2021-01-01' });
    expect(mergers()).toHaveLength(12);
  });
});
