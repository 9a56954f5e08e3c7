import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDataset } from './parse.js';
import { smallDocument } from './__fixtures__/small-dataset.js';

type Doc = ReturnType<typeof smallDocument>;

function parsed(doc: unknown = smallDocument(), options = {}) {
  const r = parseDataset(doc, options);
  if (!r.success) throw new Error(r.error.message);
  return r.data;
}

function errorOf(doc: unknown): string {
  const r = parseDataset(doc);
  if (r.success) throw new Error('expected failure');
  return r.error.message;
}

describe('parseDataset', () => {
  it('loads a column-wise document into maps and an indexed store', () => {
    const d = parsed();
    expect(d.indicators.get('unemployed')?.unit).toBe('persons');
    expect(d.areas.get('KU091')?.label.sv).toBe('Helsingfors');
    expect(d.observations.size).toBe(10);
    expect(d.observations.get('unemployed-share', 'KU049', '2025-02')).toEqual({
      indicator: 'unemployed-share',
      area: 'KU049',
      period: '2025-02',
      value: 10.4,
      status: 'provisional',
      note: 'ennakkotieto',
    });
  });

  it('normalises StatFin periods in observations, targets and annotations', () => {
    const d = parsed();
    expect(d.observations.periods('unemployed-share')).toEqual(['2024-12', '2025-01', '2025-02']);
    expect(d.targets[0]?.period).toBe('2025-01');
    expect(d.annotations[0]?.period).toBe('2025-01');
  });

  it('accepts JSON text', () => {
    expect(parsed(JSON.stringify(smallDocument())).observations.size).toBe(10);
    expect(errorOf('{"format":')).toMatch(/^invalid JSON/);
  });

  it('drops whatever value sits behind a suppressed status', () => {
    const d = parsed();
    expect(d.observations.get('unemployed', 'KU091', '2025-01')).toMatchObject({
      value: null,
      status: 'suppressed',
    });
    expect(JSON.stringify([...d.observations])).not.toContain('900');
  });

  it('suppresses small counts and the smallest other member of a published total', () => {
    const d = parsed();
    // Kauniainen 3 < 5 is suppressed; Espoo would then equal TA01 − Kauniainen, so it goes too.
    expect(d.observations.get('unemployed', 'KU235', '2025-01')).toMatchObject({
      value: null,
      status: 'suppressed',
    });
    expect(d.observations.get('unemployed', 'KU049', '2025-01')).toMatchObject({
      value: null,
      status: 'suppressed',
    });
    expect(d.observations.get('unemployed', 'TA01', '2025-01')?.value).toBe(123);
    // Other periods of Espoo are untouched.
    expect(d.observations.get('unemployed', 'KU049', '2024-12')?.value).toBe(555);
    for (const o of d.observations) expect([3, 120]).not.toContain(o.value);
  });

  it('reads the row-wise form', () => {
    const doc = {
      ...smallDocument(),
      observations: [
        { indicator: 'unemployed-share', area: 'KU091', period: '2025M01', value: 11.1 },
        { indicator: 'unemployed-share', area: 'KU091', period: '2025-02', value: null },
        { indicator: 'unemployed', area: 'KU091', period: '2025-02', value: 77, status: 'suppressed' },
      ],
    };
    const d = parsed(doc);
    expect(
      d.observations.select({ indicator: 'unemployed-share' }).map((o) => [o.period, o.value, o.status]),
    ).toEqual([
      ['2025-01', 11.1, 'final'],
      ['2025-02', null, 'missing'],
    ]);
    expect(d.observations.get('unemployed', 'KU091', '2025-02')?.value).toBeNull();
  });

  it.each([
    [
      (d: Doc) => (d.observations.periods[1] = '2025-13'),
      /observations\.periods\.1: invalid period: "2025-13"/,
    ],
    [(d: Doc) => (d.observations.areas[3] = 'MK99'), /observations\.areas\.3: unknown area code: "MK99"/],
    [(d: Doc) => (d.observations.indicators[0] = 'nope'), /unknown indicator: "nope"/],
    [(d: Doc) => (d.observations.area[2] = 7), /observations\.area\.2: invalid area index: 7/],
    [
      (d: Doc) => ((d.observations.value as unknown[])[4] = 'abc'),
      /observations\.value\.4: invalid value: "abc"/,
    ],
    [(d: Doc) => (d.observations.status[0] = 9), /observations\.status\.0: invalid status: 9/],
    [(d: Doc) => d.observations.period.pop(), /column period has 9 entries, expected 10/],
    [
      (d: Doc) => ((d.observations.period[1] = 0), (d.observations.area[1] = 0)),
      /duplicate observation: "unemployed-share", "KU049", "2025-01"/,
    ],
    [(d: Doc) => (d.indicators[0]!.unit = 'percnt'), /indicators\.0\.unit: invalid unit: "percnt"/],
    [(d: Doc) => Reflect.deleteProperty(d.indicators[0]!, 'label'), /indicators\.0\.label: missing label/],
    [
      (d: Doc) => (d.areas[2]!.code = 'KU49'),
      /areas\.2\.code: area code not canonical: "KU49" \(write "KU049"\)/,
    ],
    [
      (d: Doc) => ((d.areas[2]!.code = 'MK99'), (d.areas[2]!.level = 'region')),
      /areas\.2\.code: unknown area code: "MK99"/,
    ],
    [(d: Doc) => (d.targets[0]!.area = 'TA99'), /targets\.0\.area: unknown area code: "TA99"/],
    [(d: Doc) => (d.targets[0]!.to = '2024-12'), /target ends before it starts/],
    [(d: Doc) => (d.format = 'mittari/2'), /format: unsupported format: "mittari\/2"/],
    [(d: Doc) => d.indicators.push(d.indicators[0]!), /duplicate indicator: "unemployed-share"/],
  ])('reports %# with its path and the bad value', (mutate, message) => {
    const doc = smallDocument();
    mutate(doc);
    expect(errorOf(doc)).toMatch(message);
  });

  it('reports row-wise problems at the row', () => {
    const doc = {
      ...smallDocument(),
      observations: [{ indicator: 'unemployed', area: 'KU091', period: '2025-13', value: 1 }],
    };
    expect(errorOf(doc)).toMatch(/observations\.0\.period: invalid period: "2025-13"/);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        parseDataset(v);
      }),
    );
  });

  it('never throws when any part of a valid document is replaced with junk', () => {
    const paths = [
      ['meta'],
      ['indicators'],
      ['indicators', 0],
      ['areas', 1],
      ['observations'],
      ['observations', 'value'],
      ['observations', 'indicator'],
      ['observations', 'periods'],
      ['observations', 'status'],
      ['observations', 'note'],
      ['targets'],
      ['targets', 0, 'period'],
      ['annotations', 0],
      ['memberships', 0, 'members'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything(), (path, junk) => {
        const doc = smallDocument();
        let node = doc as unknown as Record<string | number, unknown>;
        for (const key of path.slice(0, -1)) node = node[key!] as Record<string | number, unknown>;
        node[path[path.length - 1]!] = junk;
        const r = parseDataset(doc);
        if (!r.success) expect(r.error.issues.length).toBeGreaterThan(0);
      }),
    );
  });
});
