import { describe, expect, it } from 'vitest';
import { parseDataset, type Dataset } from '@mittari/core';
import { successorOf } from '@mittari/geo-fi';
import { areaModel, type AreaModel } from './map-data.js';

// SYNTHETIC values on real municipality codes and mergers (geo-fi's classification): Lavia
// (KU413) joined Pori (KU609) in 2015; Maaninka (KU476) and Juankoski (KU174) both joined Kuopio
// (KU297); Pertunmaa (KU588) joined Mäntyharju (KU507) in 2025.
const municipality = (code: string, fi: string) => ({ code, level: 'municipality', label: { fi } });
const DOC = {
  format: 'mittari/1',
  meta: { title: { fi: 'Synteettinen esimerkki' }, synthetic: true },
  indicators: [
    {
      id: 'share',
      label: { fi: 'Synteettinen osuus' },
      unit: 'percent',
      decimals: 1,
      direction: 'lower-is-better',
      frequency: 'month',
      category: 'effectiveness',
      synthetic: true,
    },
  ],
  areas: [
    municipality('KU609', 'Pori'),
    municipality('KU413', 'Lavia'),
    municipality('KU297', 'Kuopio'),
    municipality('KU476', 'Maaninka'),
    municipality('KU174', 'Juankoski'),
    municipality('KU091', 'Helsinki'),
    municipality('KU049', 'Espoo'),
    municipality('KU507', 'Mäntyharju'),
    municipality('KU588', 'Pertunmaa'),
  ],
  observations: [
    { indicator: 'share', area: 'KU413', period: '2014-06', value: 7 },
    { indicator: 'share', area: 'KU476', period: '2014-06', value: 4 },
    { indicator: 'share', area: 'KU174', period: '2014-06', value: 6 },
    { indicator: 'share', area: 'KU091', period: '2014-06', value: 9, status: 'provisional' },
    { indicator: 'share', area: 'KU049', period: '2014-06', value: null, status: 'suppressed' },
    { indicator: 'share', area: 'KU507', period: '2014-06', value: 8 },
    { indicator: 'share', area: 'KU588', period: '2014-06', value: 5 },
  ],
} as const;

function dataset(): Dataset {
  const r = parseDataset(DOC);
  if (!r.success) throw new Error(r.error.message);
  return r.data;
}

// The areas a 2025 boundary layer would show.
const shown = ['KU609', 'KU297', 'KU091', 'KU049', 'KU507'].map((code) => ({
  code,
  label: { fi: DOC.areas.find((a) => a.code === code)!.label.fi },
}));

function model(): AreaModel {
  const m = areaModel({ dataset: dataset(), areas: shown, successorOf });
  if (typeof m === 'string') throw new Error(m);
  return m;
}

describe('areaModel on an older municipal division', () => {
  it("moves an old code's value onto its successor only when one old code points at it and the successor has none", () => {
    const f = model().facts;
    expect(f.get('KU609')).toMatchObject({ value: 7, status: 'final', movedFrom: 'KU413' });
    // Two old municipalities merged into Kuopio: shares cannot be added up, so no value.
    expect(f.get('KU297')).toMatchObject({ value: null, status: 'missing', movedFrom: undefined });
    // Mäntyharju has its own value; Pertunmaa's does not replace it.
    expect(f.get('KU507')).toMatchObject({ value: 8, movedFrom: undefined });
  });

  it('ranks the areas with a value, best first, and keeps statuses, never a number for a suppressed area', () => {
    const m = model();
    expect(m.period).toBe('2014-06');
    expect(m.order).toEqual(['KU609', 'KU507', 'KU091', 'KU297', 'KU049']);
    expect(['KU609', 'KU507', 'KU091'].map((c) => m.facts.get(c)?.rank)).toEqual([1, 2, 3]);
    expect(m.facts.get('KU091')).toMatchObject({ value: 9, status: 'provisional', of: 3 });
    expect(m.facts.get('KU049')).toMatchObject({ value: null, status: 'suppressed', rank: null });
    expect(m.counts).toEqual({ suppressed: 1, missing: 1, provisional: 1 });
  });

  it('without the successor mapping, old codes stay off the current layer', () => {
    const m = areaModel({ dataset: dataset(), areas: shown });
    if (typeof m === 'string') throw new Error(m);
    expect(m.facts.get('KU609')).toMatchObject({ value: null, status: 'missing' });
  });

  it('is no data when there is no area to show, even for a given period', () => {
    expect(areaModel({ dataset: dataset(), areas: [], period: '2014-06' })).toBe('no-data');
  });
});
