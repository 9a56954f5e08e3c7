/**
 * A local stand-in for StatFin's PxWeb API (2 and v1) serving table 12r5's real unemployment
 * shares for five municipalities (tests/fixtures/statfin-12r5). The answers follow the PxWeb
 * API 2 specification and the shape of StatFin's json-stat2 responses; they were not recorded
 * from the live server (this project's machines have no network). The variable and value codes
 * (Alue, Kuukausi, Tiedot / TYOTOSUUS) are the ones public scripts send to StatFin's 12r5 table
 * (see tests/fixtures/README.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { FIXTURES, type Received, type TestServer } from './http-server.js';

const NAMES: Record<string, string> = {
  '049': 'Espoo',
  '091': 'Helsinki',
  '211': 'Kangasala',
  '564': 'Oulu',
  '837': 'Tampere',
};
export const MEASURE = 'TYOTOSUUS';

const rows = readFileSync(
  join(FIXTURES, 'statfin-12r5/unemployment-share-5-municipalities-2024-2025M01.csv'),
  'utf8',
)
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(';'));
export const AREAS = [...new Set(rows.map((r) => `KU${r[0]}`))];
export const MONTHS = [...new Set(rows.map((r) => r[1] ?? ''))].sort();
const VALUES = new Map(
  rows.map((r) => [`KU${r[0]}|${r[1]}`, r[2] === '..' ? null : Number((r[2] ?? '').replace(',', '.'))]),
);

export const ALL: Record<string, string[]> = { Alue: AREAS, Kuukausi: MONTHS, Tiedot: [MEASURE] };

function resolve(name: string, expr: string): string[] {
  const all = ALL[name] ?? [];
  if (expr === '*') return all;
  const top = /^top\((\d+)\)$/.exec(expr);
  if (top) return all.slice(-Number(top[1]));
  const from = /^from\((.+)\)$/.exec(expr);
  if (from) return all.slice(all.indexOf(from[1] ?? ''));
  return expr.split(',');
}

/** The variable codes a server uses: StatFin's until June 2026, or renamed ones (`drift`). */
type Codes = Readonly<Record<'Alue' | 'Kuukausi' | 'Tiedot', string>>;
const OLD_CODES: Codes = { Alue: 'Alue', Kuukausi: 'Kuukausi', Tiedot: 'Tiedot' };
/**
 * The renamed variable codes of the `drift` case. StatFin shortened its table ids on 8 June 2026
 * (`statfin_tyonv_pxt_12r5` → `12r5`); how variable codes change is not published, so these stand
 * for any renaming: what matters is that a descriptor written for the old codes fails clearly
 * and one naming the new codes works.
 */
export const DRIFT_CODES: Codes = { Alue: 'alue', Kuukausi: 'kuukausi', Tiedot: 'tiedot' };

function jsonStat(sel: Record<string, string[]>, withValues: boolean, codes: Codes = OLD_CODES): unknown {
  const id = [codes.Alue, codes.Kuukausi, codes.Tiedot];
  const area = sel['Alue'] ?? [];
  const month = sel['Kuukausi'] ?? [];
  const value: (number | null)[] = [];
  for (const a of area) for (const m of month) value.push(VALUES.get(`${a}|${m}`) ?? null);
  return {
    version: '2.0',
    class: 'dataset',
    label: '12r5 -- Työttömien osuus työvoimasta kunnittain (testiaineisto)',
    source: 'Tilastokeskus, työnvälitystilasto',
    updated: '2025-03-19T08:00:00',
    id,
    size: [area.length, month.length, 1],
    role: { time: [codes.Kuukausi], geo: [codes.Alue], metric: [codes.Tiedot] },
    dimension: {
      [codes.Alue]: {
        label: 'Alue',
        category: { index: area, label: Object.fromEntries(area.map((a) => [a, NAMES[a.slice(2)] ?? a])) },
      },
      [codes.Kuukausi]: {
        label: 'Kuukausi',
        category: { index: month, label: Object.fromEntries(month.map((m) => [m, m])) },
      },
      [codes.Tiedot]: {
        label: 'Tiedot',
        category: {
          index: [MEASURE],
          label: { [MEASURE]: 'Työttömien osuus työvoimasta, %' },
          unit: { [MEASURE]: { label: 'prosenttia', decimals: 1 } },
        },
      },
    },
    value: withValues ? value : [],
    extension: {
      missingValueDescriptions: { '1': 'Tieto on puuttuva', '3': 'Tieto on salassapitosäännön alainen' },
    },
  };
}

function send(res: ServerResponse, status: number, body: unknown, type = 'application/json'): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export interface FakePxWebOptions {
  /** Cells the server really allows (default the /config value). */
  serverMaxCells?: number;
  /** What /config says. */
  configMaxCells?: number;
  maxCalls?: number;
  timeWindow?: number;
  /** 403 (PxWeb API 2) or 413 (Statistics Finland's newer PxApi). */
  tooManyStatus?: 403 | 413;
  /**
   * Schema drift: API 2 answers with the renamed variable codes of {@link DRIFT_CODES}, refuses a
   * query naming an old code (400, RFC 7807), and the pre-June-2026 table id answers 404.
   */
  drift?: boolean;
}

/** Routes a fake PxWeb API 2 under /api/v2 and v1 under /api/v1/fi on the test server. */
export function fakePxWeb(server: TestServer, o: FakePxWebOptions = {}): void {
  const configMax = o.configMaxCells ?? 10_000;
  const serverMax = o.serverMaxCells ?? configMax;
  const tooMany = (res: ServerResponse): void =>
    send(
      res,
      o.tooManyStatus ?? 403,
      {
        type: 'https://pxweb.example/too-many-cells',
        title: 'Too many cells selected',
        status: o.tooManyStatus ?? 403,
      },
      'application/problem+json',
    );
  server.route('/api/v2/config', (_req, res) =>
    send(res, 200, {
      apiVersion: '2.0.0',
      maxDataCells: configMax,
      maxCallsPerTimeWindow: o.maxCalls ?? 30,
      timeWindow: o.timeWindow ?? 10,
      defaultLanguage: 'fi',
    }),
  );
  const codes = o.drift ? DRIFT_CODES : OLD_CODES;
  const ours = new Map(Object.entries(codes).map(([old, now]) => [now, old]));
  const problem = (res: ServerResponse, status: number, title: string): void =>
    send(res, status, { type: 'about:blank', title, status }, 'application/problem+json');
  for (const part of ['metadata', 'data'])
    server.route(`/api/v2/tables/statfin_tyonv_pxt_12r5/${part}`, (_req, res) =>
      problem(res, 404, 'Table statfin_tyonv_pxt_12r5 not found'),
    );
  server.route('/api/v2/tables/12r5/metadata', (_req, res) => send(res, 200, jsonStat(ALL, false, codes)));
  server.route('/api/v2/tables/12r5/data', (req: Received, res) => {
    const sel: Record<string, string[]> = {};
    for (const [k, v] of req.query) {
      const m = /^valueCodes\[(.+)\]$/.exec(k);
      if (!m?.[1]) continue;
      const name = ours.get(m[1]);
      if (!name) return problem(res, 400, `Unknown variable ${m[1]}`);
      sel[name] = resolve(name, v);
    }
    const cells = Object.values(sel).reduce((a, s) => a * s.length, 1);
    if (cells > serverMax) return tooMany(res);
    send(res, 200, jsonStat(sel, true, codes));
  });
  server.route('/api/v1/fi/', (req, res) => {
    if (req.query.has('config'))
      send(res, 200, {
        maxValues: configMax,
        maxCalls: o.maxCalls ?? 30,
        timeWindow: o.timeWindow ?? 10,
        CORS: true,
      });
    else send(res, 404, { title: 'not found' });
  });
  server.route('/api/v1/fi/StatFin/tyonv/12r5.px', (req, res) => {
    if (req.method === 'GET') {
      return send(res, 200, {
        title: '12r5',
        variables: Object.entries(ALL).map(([code, values]) => ({
          code,
          text: code,
          values,
          valueTexts: values,
          time: code === 'Kuukausi',
        })),
      });
    }
    const body = JSON.parse(req.body) as {
      query: { code: string; selection: { filter: string; values: string[] } }[];
    };
    const sel: Record<string, string[]> = {};
    for (const q of body.query) {
      const all = ALL[q.code] ?? [];
      sel[q.code] =
        q.selection.filter === 'all'
          ? all
          : q.selection.filter === 'top'
            ? all.slice(-Number(q.selection.values[0]))
            : q.selection.values;
    }
    const cells = Object.values(sel).reduce((a, s) => a * s.length, 1);
    if (cells > serverMax) return tooMany(res);
    send(res, 200, jsonStat(sel, true));
  });
}
