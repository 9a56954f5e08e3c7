// A small hand-written dataset for tests. The numbers are made up and say so: meta.synthetic.
export function smallDocument() {
  return {
    format: 'mittari/1',
    meta: {
      title: { fi: 'Testiaineisto', sv: 'Testdata', en: 'Test data' },
      licence: 'CC BY 4.0',
      updated: '2025-03-19',
      synthetic: true,
    },
    indicators: [
      {
        id: 'unemployed-share',
        label: {
          fi: 'Työttömien osuus työvoimasta',
          sv: 'Andelen arbetslösa av arbetskraften',
          en: 'Unemployed as % of labour force',
        },
        unit: 'percent',
        decimals: 1,
        direction: 'lower-is-better',
        frequency: 'month',
        category: 'effectiveness',
        synthetic: true,
      },
      {
        id: 'unemployed',
        label: { fi: 'Työttömät työnhakijat', sv: 'Arbetslösa arbetssökande', en: 'Unemployed jobseekers' },
        unit: 'persons',
        decimals: 0,
        direction: 'lower-is-better',
        frequency: 'month',
        category: 'effectiveness',
        synthetic: true,
        suppressBelow: 5,
      },
    ],
    areas: [
      { code: 'SSS', level: 'country', label: { fi: 'Koko maa', sv: 'Hela landet', en: 'Whole country' } },
      {
        code: 'TA01',
        level: 'employment-area',
        label: { fi: 'Espoo-Kauniainen', sv: 'Esbo-Grankulla', en: 'Espoo-Kauniainen' },
      },
      { code: 'KU049', level: 'municipality', label: { fi: 'Espoo', sv: 'Esbo' } },
      { code: 'KU235', level: 'municipality', label: { fi: 'Kauniainen', sv: 'Grankulla' } },
      { code: 'KU091', level: 'municipality', label: { fi: 'Helsinki', sv: 'Helsingfors' } },
    ],
    memberships: [{ level: 'employment-area', year: 2025, members: { TA01: ['KU049', 'KU235'] } }],
    observations: {
      indicators: ['unemployed-share', 'unemployed'],
      areas: ['KU049', 'KU235', 'TA01', 'KU091'],
      periods: ['2025M01', '2025-02', '2024-12'],
      //          0  1  2  3  4  5  6  7  8  9
      indicator: [0, 0, 0, 0, 1, 1, 1, 0, 1, 1],
      area: /*  */ [0, 1, 0, 3, 0, 1, 2, 2, 3, 0],
      period: /**/ [0, 0, 1, 2, 0, 0, 0, 0, 0, 2],
      value: [10.1, null, 10.4, 11.2, 120, 3, 123, 9.9, 900, 555],
      status: [0, 4, 1, 0, 0, 0, 0, 0, 3, 0],
      note: [null, null, 'ennakkotieto', null, null, null, null, null, null, null],
    },
    targets: [
      {
        indicator: 'unemployed-share',
        area: 'TA01',
        period: '2025M01',
        to: '2025-12',
        value: 9.0,
        tolerance: { kind: 'absolute', value: 0.5 },
        example: true,
      },
    ],
    annotations: [
      {
        kind: 'break',
        period: '2025-01',
        indicators: ['unemployed-share'],
        label: { fi: 'TE24-uudistus', sv: 'TE24-reformen', en: 'TE24 reform' },
      },
    ],
  };
}
