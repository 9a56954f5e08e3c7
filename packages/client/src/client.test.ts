import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, startServer, type TestServer } from '../test/http-server.js';
import { AREAS, MEASURE, MONTHS, fakePxWeb } from '../test/pxweb-fake.js';
import { clearSharedClients, createClient, sharedClient, type ClientOptions } from './client.js';
import type { SourceDescriptor } from './descriptor.js';
import { MittariError } from './errors.js';
import { clearHostQueues } from './queue.js';
import { clearPxWebLimits } from './sources/pxweb.js';

let server: TestServer;
const unhandled: unknown[] = [];
const onUnhandled = (e: unknown): void => void unhandled.push(e);

beforeAll(async () => {
  server = await startServer();
  process.on('unhandledRejection', onUnhandled);
});
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await server.close();
});
beforeEach(() => {
  server.reset();
  clearSharedClients();
  clearHostQueues();
  clearPxWebLimits();
});
afterEach(async () => {
  await new Promise((r) => setTimeout(r, 0));
  expect(unhandled).toEqual([]);
});

const fast: Partial<ClientOptions> = {
  retry: { retries: 2, baseDelay: 1, sleep: async () => {} },
  timeout: 1000,
};
const client = (source: SourceDescriptor, over: Partial<ClientOptions> = {}) =>
  createClient({ source, ...fast, ...over });

async function failure(p: Promise<unknown>): Promise<MittariError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(MittariError);
    return e as MittariError;
  }
  throw new Error('expected a rejection');
}

describe('Mittari dataset source', () => {
  it('queries a dataset from a URL', async () => {
    const c = client({ format: 'mittari', url: `${server.url}/fixtures/mittari/small-synthetic.json` });
    expect((await c.indicators()).map((i) => i.id)).toEqual(['unemployed-share']);
    expect((await c.areas('region')).map((a) => a.code)).toEqual(['MK06']);
    const rows = await c.observations({
      indicator: 'unemployed-share',
      level: 'municipality',
      from: '2025M02',
    });
    expect(rows.map((r) => [r.area, r.period, r.value, r.status])).toEqual([
      ['KU837', '2025-02', 12.5, 'provisional'],
      ['KU837', '2025-03', 13, 'provisional'],
    ]);
    expect((await c.series({ indicator: 'unemployed-share', area: 'MK06' })).map((o) => o.value)).toEqual([
      10,
      10.5,
      null,
    ]);
    expect(await c.targets({ indicator: 'unemployed-share', area: 'KU837' })).toHaveLength(1);
    expect(server.requests).toHaveLength(1);
  });

  it('reads an in-memory dataset without any request', async () => {
    const data = JSON.parse(readFileSync(join(FIXTURES, 'mittari/small-synthetic.json'), 'utf8')) as unknown;
    const c = client({ format: 'mittari', data });
    expect((await c.dataset()).meta.synthetic).toBe(true);
    expect(server.requests).toHaveLength(0);
  });

  it('makes no request before a query asks', async () => {
    client({ format: 'mittari', url: `${server.url}/fixtures/mittari/small-synthetic.json` });
    await new Promise((r) => setTimeout(r, 20));
    expect(server.requests).toHaveLength(0);
  });

  it('rejects unknown indicators and bad periods with typed errors', async () => {
    const c = client({ format: 'mittari', url: `${server.url}/fixtures/mittari/small-synthetic.json` });
    expect((await failure(c.observations({ indicator: 'nope' }))).code).toBe('not-found');
    expect(await failure(c.observations({ indicator: 'unemployed-share', from: '2025-13' }))).toMatchObject({
      code: 'schema',
      issues: ['from'],
    });
  });

  it('turns a document of the wrong shape into a schema error with paths', async () => {
    server.route('/wrong.json', {
      body: { format: 'mittari/1', meta: { title: {} }, indicators: [], areas: [], observations: [] },
    });
    const e = await failure(client({ format: 'mittari', url: `${server.url}/wrong.json` }).dataset());
    expect(e.code).toBe('schema');
    expect(e.issues).toContain('meta.title.fi');
  });

  it.each([
    ['malformed JSON', { body: '{"format": "mittari/1",,' }, 'parse'],
    ['truncated JSON', 'truncated', 'parse'],
    ['404', { status: 404, body: { title: 'Not Found' } }, 'not-found'],
    ['500 every time', { status: 500 }, 'http'],
    ['reset every time', 'reset', 'network'],
  ] as const)('%s ends in a typed error', async (_name, reply, code) => {
    server.route('/x.json', reply);
    const e = await failure(client({ format: 'mittari', url: `${server.url}/x.json` }).indicators());
    expect(e.code).toBe(code);
    expect(e.url).toBe(`${server.url}/x.json`);
  });

  it('shares one request among identical queries in flight and caches the result', async () => {
    server.queue('/fixtures/mittari/small-synthetic.json', { fixture: 'mittari/small-synthetic.json' });
    const c = client({ format: 'mittari', url: `${server.url}/fixtures/mittari/small-synthetic.json` });
    await Promise.all([c.indicators(), c.areas(), c.observations({ indicator: 'unemployed-share' })]);
    await c.indicators();
    expect(server.requests).toHaveLength(1);
  });

  it('aborting a query stops its request', async () => {
    server.route('/slow.json', 'hang');
    const ctrl = new AbortController();
    const p = client({ format: 'mittari', url: `${server.url}/slow.json` }).indicators({
      signal: ctrl.signal,
    });
    for (let i = 0; i < 200 && server.requests.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
    ctrl.abort();
    expect((await failure(p)).code).toBe('aborted');
  });

  it('times out a slow body', async () => {
    server.route('/slow.json', 'slow-body');
    const e = await failure(
      client({ format: 'mittari', url: `${server.url}/slow.json` }, { timeout: 80, retry: false }).dataset(),
    );
    expect(e.code).toBe('timeout');
  });

  it("times out by the descriptor's timeout when the caller sets none", async () => {
    server.route('/slow.json', 'slow-body');
    const { timeout: _none, ...noTimeout } = fast;
    const e = await failure(
      createClient({
        source: { format: 'mittari', url: `${server.url}/slow.json`, timeout: 100 },
        ...noTimeout,
        retry: false,
      }).dataset(),
    );
    expect(e.code).toBe('timeout');
    // The message names the limit in force: the descriptor's, not the 15 s default.
    expect(e.message).toMatch(/within 100 ms/);
  });
});

describe('sharedClient', () => {
  it('gives one client per source, whatever the key order', async () => {
    const url = `${server.url}/fixtures/mittari/small-synthetic.json`;
    const a = sharedClient(url, fast);
    expect(sharedClient({ url, format: 'mittari' } as SourceDescriptor)).toBe(a);
    await Promise.all([a.indicators(), sharedClient(url).areas()]);
    expect(server.requests).toHaveLength(1);
    expect(sharedClient({ format: 'json-stat', url })).not.toBe(a);
  });

  it('refuses a bad descriptor with a schema error', () => {
    expect(() => sharedClient({ format: 'mittari', url: 'javascript:alert(1)' } as SourceDescriptor)).toThrow(
      MittariError,
    );
  });
});

describe('JSON-stat source', () => {
  it('reads a StatFin region table from the server', async () => {
    const c = client({
      format: 'json-stat',
      url: `${server.url}/fixtures/statfin-jsonstatgraphs/map-maakunta-establishments.json`,
      lang: 'en',
    });
    const rows = await c.observations({ indicator: 'Tplukumaara3', level: 'region' });
    expect(rows).toHaveLength(19);
    expect((await c.areas()).find((a) => a.code === 'MK19')?.label.en).toBe('Lapland');
  });

  it('names the broken rule for an invalid document', async () => {
    server.route('/bad.json', {
      body: {
        version: '2.0',
        class: 'dataset',
        id: ['x'],
        size: [2],
        dimension: { x: { category: { index: ['a'] } } },
        value: [1, 2],
      },
    });
    const e = await failure(client({ format: 'json-stat', url: `${server.url}/bad.json` }).dataset());
    expect(e).toMatchObject({ code: 'schema', rule: 'INDEX_COUNT_MISMATCH' });
  });
});

describe('CSV source', () => {
  it('reads a Finnish CSV (semicolons, decimal commas) of real 12r5 values', async () => {
    const c = client({
      format: 'csv',
      url: `${server.url}/fixtures/statfin-12r5/unemployment-share-5-municipalities-2024-2025M01.csv`,
      columns: { area: 'kunta', period: 'kuukausi', value: 'tyottomien_osuus' },
      areaLevel: 'municipality',
      indicator: {
        id: 'unemployed-share',
        unit: 'percent',
        direction: 'lower-is-better',
        category: 'effectiveness',
      },
    });
    const rows = await c.series({ indicator: 'unemployed-share', area: 'KU837' });
    expect(rows).toHaveLength(13);
    expect(rows.every((r) => typeof r.value === 'number' && r.value > 0 && r.value < 40)).toBe(true);
    expect((await c.indicators())[0]).toMatchObject({ frequency: 'month', unit: 'percent' });
  });
});

describe('PxWeb source (local stand-in for StatFin 12r5)', () => {
  const v2 = (over: Partial<Extract<SourceDescriptor, { format: 'pxweb' }>> = {}): SourceDescriptor => ({
    format: 'pxweb',
    api: 'v2',
    baseUrl: `${server.url}/api/v2`,
    table: '12r5',
    lang: 'fi',
    selection: { Alue: '*', Kuukausi: { top: 12 }, Tiedot: [MEASURE] },
    indicator: { id: 'unemployed-share', direction: 'lower-is-better', category: 'effectiveness' },
    ...over,
  });

  it('reads the configuration once, then the data in one request', async () => {
    fakePxWeb(server);
    const c = client(v2());
    const rows = await c.observations({ indicator: 'unemployed-share', areas: ['KU091'] });
    expect(rows.map((r) => r.period)).toEqual(MONTHS.slice(-12).map((m) => m.replace('M', '-')));
    expect(server.requests.map((r) => r.path)).toEqual(['/api/v2/config', '/api/v2/tables/12r5/data']);
    const data = server.requests[1];
    expect(data?.query.get('valueCodes[Kuukausi]')).toBe('top(12)');
    expect(data?.query.get('lang')).toBe('fi');
    expect(data?.query.get('outputFormat')).toBe('json-stat2');
    expect((await c.areas('municipality')).find((a) => a.code === 'KU837')?.label.fi).toBe('Tampere');
  });

  it('splits an explicit selection over the cell limit before sending it', async () => {
    fakePxWeb(server, { configMaxCells: 20 });
    const c = client(v2({ selection: { Alue: AREAS, Kuukausi: MONTHS, Tiedot: [MEASURE] } }));
    const ds = await c.dataset();
    expect(ds.observations.size).toBe(AREAS.length * MONTHS.length);
    const data = server.requests.filter((r) => r.path.endsWith('/data'));
    expect(data.length).toBeGreaterThan(1);
    expect(server.requests.some((r) => r.path.endsWith('/metadata'))).toBe(false);
  });

  it.each([403, 413] as const)(
    'splits and resends when the server answers too-many-cells (%i)',
    async (status) => {
      fakePxWeb(server, { configMaxCells: 1000, serverMaxCells: 30, tooManyStatus: status });
      const c = client(v2());
      const ds = await c.dataset();
      expect(ds.observations.size).toBe(AREAS.length * 12);
      const paths = server.requests.map((r) => r.path);
      expect(paths.filter((p) => p.endsWith('/metadata'))).toHaveLength(1);
      expect(paths.filter((p) => p.endsWith('/data')).length).toBeGreaterThan(2);
    },
  );

  it('keeps within the call limit of /config, counting the /config read itself', async () => {
    fakePxWeb(server, { configMaxCells: 13, maxCalls: 2, timeWindow: 0.1 });
    const c = client(v2({ selection: { Alue: AREAS, Kuukausi: MONTHS, Tiedot: [MEASURE] } }));
    await c.dataset();
    const api = server.requests.filter((r) => r.path.startsWith('/api/'));
    expect(api[0]?.path).toBe('/api/v2/config');
    const times = api.map((r) => r.at);
    expect(times.length).toBeGreaterThan(2);
    for (let i = 2; i < times.length; i++)
      expect((times[i] ?? 0) - (times[i - 2] ?? 0)).toBeGreaterThanOrEqual(90);
  });

  it('queries PxWeb v1 with a POST asking for json-stat2', async () => {
    fakePxWeb(server);
    const c = client({
      format: 'pxweb',
      api: 'v1',
      baseUrl: `${server.url}/api/v1/fi`,
      table: 'StatFin/tyonv/12r5.px',
      selection: { Alue: ['KU091', 'KU049'], Kuukausi: { from: '2024M12' }, Tiedot: [MEASURE] },
    });
    const ds = await c.dataset();
    expect(ds.observations.size).toBe(4);
    const post = server.requests.find((r) => r.method === 'POST');
    const body = JSON.parse(post?.body ?? '{}') as { response: unknown; query: unknown[] };
    expect(body.response).toEqual({ format: 'json-stat2' });
    expect(body.query[0]).toEqual({
      code: 'Alue',
      selection: { filter: 'item', values: ['KU091', 'KU049'] },
    });
    expect(body.query[1]).toEqual({
      code: 'Kuukausi',
      selection: { filter: 'item', values: ['2024M12', '2025M01'] },
    });
  });

  it('maps an RFC 7807 problem to an http error', async () => {
    fakePxWeb(server);
    server.queue('/api/v2/tables/12r5/data', {
      status: 400,
      headers: { 'content-type': 'application/problem+json' },
      body: { title: 'Bad request', detail: 'Unknown variable Tiedot2', status: 400 },
    });
    const e = await failure(client(v2()).dataset());
    expect(e).toMatchObject({ code: 'http', status: 400 });
    expect(e.message).toMatch(/Unknown variable Tiedot2/);
  });

  it('retries a 429 from the data endpoint honouring Retry-After', async () => {
    fakePxWeb(server);
    const waits: number[] = [];
    server.queue('/api/v2/tables/12r5/data', { status: 429, headers: { 'retry-after': '1' } });
    await client(v2(), { retry: { retries: 2, sleep: async (ms) => void waits.push(ms) } }).dataset();
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(1000);
  });
});
