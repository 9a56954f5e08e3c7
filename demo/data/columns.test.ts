import { describe, expect, it } from 'vitest';
import { ObservationTable } from './columns.js';

describe('ObservationTable', () => {
  it('writes dictionary-coded columns sorted by indicator, area and period', () => {
    const t = new ObservationTable();
    t.add('a', 'KU091', '2025-02', 2, 'final');
    t.add('a', 'KU049', '2025-01', 3, 'estimate', 'coverage 95.0 %');
    t.add('a', 'KU091', '2025-01', 1, 'final');
    const c = t.toColumns(['KU091', 'KU049']);
    expect(c).toMatchObject({
      areas: ['KU091', 'KU049'],
      periods: ['2025-01', '2025-02'],
      value: [1, 2, 3],
      status: [0, 0, 2],
    });
    expect(c.note).toEqual([null, null, 'coverage 95.0 %']);
  });

  it('drops any number behind a suppressed status and refuses duplicates', () => {
    const t = new ObservationTable();
    t.add('a', 'KU091', '2025-01', 3, 'suppressed');
    expect(t.toColumns(['KU091']).value).toEqual([null]);
    expect(() => t.add('a', 'KU091', '2025-01', 4, 'final')).toThrow(/duplicate observation/);
  });
});
