import { describe, expect, it } from 'vitest';
import { labourForceWeights, toDivision2025 } from './municipal-counts.js';

const row = (name: string, period: string, labourForce: number, unemployed: number | null) => ({
  name,
  period,
  labourForce,
  unemployed,
  openVacancies: null,
});

describe('table 1001 on the 2025 division', () => {
  it('sums merged municipalities and keeps a merged cell unknown when a part was suppressed', () => {
    const rows = [
      row('Kankaanpää', '2020-10', 5000, 400),
      row('Honkajoki', '2020-10', 700, null),
      row('Pertunmaa', '2020-10', 800, 60),
      row('Mäntyharju', '2020-10', 2500, 200),
    ];
    expect(toDivision2025(rows, 'labourForce').get('KU214')?.get('2020-10')).toBe(5700);
    expect(toDivision2025(rows, 'unemployed').get('KU214')?.get('2020-10')).toBeNull();
    expect(toDivision2025(rows, 'unemployed').get('KU507')?.get('2020-10')).toBe(260);
  });

  it('throws on a municipality name it cannot place rather than dropping its weight', () => {
    expect(() => toDivision2025([row('Atlantis', '2020-10', 1, 1)], 'labourForce')).toThrow(
      /unknown 2020 municipality name/,
    );
  });

  it('weights by the same month, and carries the last month forward after the table ends', () => {
    const weight = labourForceWeights(
      toDivision2025([row('Tampere', '2020-09', 100, 1), row('Tampere', '2020-10', 110, 1)], 'labourForce'),
    );
    expect(weight('KU837', '2020-09')).toBe(100);
    expect(weight('KU837', '2025-01')).toBe(110);
    expect(weight('KU091', '2025-01')).toBeUndefined();
  });
});
