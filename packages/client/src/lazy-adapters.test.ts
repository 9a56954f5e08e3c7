// A page that reads one format downloads that format's adapter only (decision 0160). Each
// adapter module is wrapped so the test sees when it is first imported.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURES } from '../test/http-server.js';
import { createClient } from './client.js';

const imported = new Set<string>();
vi.mock(import('./sources/jsonstat.js'), async (original) => {
  imported.add('json-stat');
  return await original();
});
vi.mock(import('./sources/csv.js'), async (original) => {
  imported.add('csv');
  return await original();
});
vi.mock(import('./sources/pxweb.js'), async (original) => {
  imported.add('pxweb');
  return await original();
});

const dataset = JSON.parse(readFileSync(join(FIXTURES, 'mittari/small-synthetic.json'), 'utf8')) as unknown;

describe('adapters load on demand', () => {
  it('reads a Mittari dataset without importing any other adapter, then imports only CSV for a CSV source', async () => {
    const mittari = createClient({ source: { format: 'mittari', data: dataset } });
    expect((await mittari.indicators()).map((i) => i.id)).toEqual(['unemployed-share']);
    expect([...imported]).toEqual([]);

    const csv = 'kunta;kuukausi;osuus\nKU091;2025M01;10,5\n';
    const fetchCsv = async (): Promise<Response> =>
      new Response(csv, { status: 200, headers: { 'content-type': 'text/csv' } });
    const fromCsv = createClient({
      source: {
        format: 'csv',
        url: 'https://example.invalid/share.csv',
        columns: { area: 'kunta', period: 'kuukausi', value: 'osuus' },
        indicator: { id: 'share', unit: 'percent' },
      },
      fetch: fetchCsv,
    });
    const rows = await fromCsv.observations({ indicator: 'share' });
    expect(rows.map((r) => [r.area, r.period, r.value])).toEqual([['KU091', '2025-01', 10.5]]);
    expect([...imported]).toEqual(['csv']);
  });
});
