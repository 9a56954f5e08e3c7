import { describe, expect, it } from 'vitest';
import { labourForceRevisions, te24Break } from './annotations.js';

const month = (period: string, labourForce: number) => ({
  period,
  labourForce,
  unemployed: 1,
  openVacancies: 1,
});

describe('annotations', () => {
  it('notes a January labour-force step of at least 0.1 % with its size, and skips smaller ones', () => {
    const notes = labourForceRevisions(
      [
        month('2008-12', 1_000_000),
        month('2009-01', 1_010_000),
        month('2009-12', 1_010_000),
        month('2010-01', 1_010_500),
      ],
      ['unemployed-share'],
      [],
    );
    expect(notes.map((n) => n.period)).toEqual(['2009-01']);
    expect(notes[0]?.label).toMatchObject({
      fi: expect.stringContaining('+1,0 %'),
      en: expect.stringContaining('+1.0 %'),
    });
  });

  it('notes the later Januaries without inventing a size', () => {
    const [n] = labourForceRevisions([], ['unemployed-share'], [2022]);
    expect(n).toMatchObject({ kind: 'revision', period: '2022-01' });
    expect(n?.label.en).toContain('not in this data');
  });

  it('puts the TE24 break on January 2025', () => {
    expect(te24Break(['unemployed-share'])).toMatchObject({
      kind: 'break',
      period: '2025-01',
      indicators: ['unemployed-share'],
    });
  });
});
