import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ColumnObservations } from '@mittari/core';
import { FIXTURES } from '../../test/http-server.js';
import type { MittariError } from '../errors.js';
import { readJsonStat, type JsonStatReadOptions } from './jsonstat.js';
import { toDataset } from '../to-dataset.js';

const load = (rel: string): unknown => JSON.parse(readFileSync(join(FIXTURES, rel), 'utf8'));

function read(rel: string, opts: JsonStatReadOptions = {}) {
  const r = readJsonStat(load(rel), opts);
  const obs = r.document.observations as ColumnObservations;
  const dataset = toDataset(r.document);
  const statuses = [...dataset.observations.select({ indicator: [...dataset.indicators.keys()][0] ?? '' })]
    .length;
  return { ...r, obs, dataset, statuses };
}

function count<T>(xs: readonly T[]): Map<T, number> {
  const m = new Map<T, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

function thrown(f: () => unknown): MittariError {
  try {
    f();
  } catch (e) {
    return e as MittariError;
  }
  throw new Error('expected an error');
}

describe('readJsonStat on StatFin fixtures (StatisticsFinland/Jsonstatgraphs)', () => {
  it('adult-education-fi: 7 years, one indicator, whole country, counts', () => {
    const { obs, dataset, kind } = read('statfin-jsonstatgraphs/adult-education-fi.json');
    expect(kind).toBe('data');
    expect(obs.periods).toEqual(['1990', '1995', '2000', '2006', '2012', '2017', '2022']);
    expect([...dataset.areas.keys()]).toEqual(['SSS']);
    const ind = dataset.indicators.get('akuo_lkm');
    expect(ind).toMatchObject({ unit: 'count', decimals: 0, frequency: 'year', direction: 'neutral' });
    expect(ind?.label.fi).toBe('Aikuiskoulutukseen osallistuneet, lkm');
    expect(dataset.observations.get('akuo_lkm', 'SSS', '2022')?.value).toBe(1452840);
    expect(dataset.meta.sources?.[0]).toMatchObject({
      name: 'Tilastokeskus, aikuiskoulutukseen osallistuminen',
      table: '12dz',
    });
    expect(dataset.meta.notes?.[0]?.fi).toBe('Tilaston dokumentaatio');
  });

  it('adult-education-sv: same ids and values, Swedish labels', () => {
    const fi = read('statfin-jsonstatgraphs/adult-education-fi.json');
    const sv = read('statfin-jsonstatgraphs/adult-education-sv.json', { lang: 'sv' });
    expect(sv.obs.value).toEqual(fi.obs.value);
    expect(sv.dataset.indicators.get('akuo_lkm')?.label.sv).toBe('Deltagare i vuxenutbildning, antal');
    expect(sv.dataset.indicators.get('akuo_lkm')?.unit).toBe('count');
  });

  it('adult-education-multidimensional: the age dimension becomes part of the indicator', () => {
    const { obs, dataset } = read('statfin-jsonstatgraphs/adult-education-multidimensional-fi.json');
    expect(obs.value).toHaveLength(18);
    expect([...dataset.indicators.keys()]).toEqual([
      'akuo_pros:SSS',
      'akuo_pros:18-24',
      'akuo_pros:25-34',
      'akuo_pros:35-44',
      'akuo_pros:45-54',
      'akuo_pros:55-64',
    ]);
    expect(dataset.indicators.get('akuo_pros:18-24')).toMatchObject({
      unit: 'percent',
      label: { fi: 'Aikuiskoulutukseen osallistuneet, %, 18 - 24' },
    });
    expect(dataset.observations.get('akuo_pros:55-64', 'SSS', '2022')?.value).toBe(38);
  });

  it('adult-education-multidimensional with a filter keeps one age group', () => {
    const { dataset } = read('statfin-jsonstatgraphs/adult-education-multidimensional-fi.json', {
      dimensions: { filter: { ikaryhma_10_20180101: 'SSS' } },
    });
    expect([...dataset.indicators.keys()]).toEqual(['akuo_pros']);
    expect(dataset.observations.select({ indicator: 'akuo_pros' }).map((o) => o.value)).toEqual([47, 52, 47]);
  });

  it('map-hyvinvointialue-deaths: 23 wellbeing services counties from role geo', () => {
    const { dataset, obs } = read('statfin-jsonstatgraphs/map-hyvinvointialue-deaths.json', { lang: 'en' });
    expect(dataset.areas.size).toBe(23);
    expect(dataset.areas.get('HVA90')).toMatchObject({
      level: 'wellbeing-county',
      label: { en: 'City of Helsinki' },
    });
    expect(obs.value.filter((v) => v === null)).toHaveLength(0);
    expect(dataset.observations.get('ksyylkm', 'HVA91', '2024')?.value).toBe(309);
    expect(dataset.meta.updated).toBe('2025-10-29T08:00:00');
  });

  it('map-maakunta-establishments: 19 regions, MK03 and MK20 absent', () => {
    const { dataset } = read('statfin-jsonstatgraphs/map-maakunta-establishments.json');
    expect(dataset.areas.size).toBe(19);
    expect(dataset.areas.has('MK03')).toBe(false);
    expect(dataset.areas.get('MK06')).toMatchObject({ level: 'region', label: { fi: 'Pirkanmaa' } });
    expect(dataset.observations.get('Tplukumaara3', 'MK01', '2024')?.value).toBe(4891);
  });

  it('time-series: ten years', () => {
    const { obs } = read('statfin-jsonstatgraphs/time-series.json');
    expect(obs.periods).toHaveLength(10);
    expect(obs.value.reduce<number>((a, v) => a + (v ?? 0), 0)).toBe(3268);
  });

  it('with-nulls: 12 quarters × 3 sources; 12 null cells with status "2" are missing', () => {
    const { obs, dataset } = read('statfin-jsonstatgraphs/with-nulls.json');
    expect(obs.periods[0]).toBe('2010-Q1');
    expect(obs.value).toHaveLength(36);
    expect(obs.value.filter((v) => v === null)).toHaveLength(12);
    expect(count(obs.status ?? [])).toEqual(
      new Map([
        [4, 12],
        [0, 24],
      ]),
    );
    expect(dataset.indicators.get('vuosimuutos_maara:SSS')).toMatchObject({
      unit: 'percent',
      decimals: 1,
      frequency: 'quarter',
    });
    expect(dataset.observations.get('vuosimuutos_maara:SSS', 'SSS', '2010-Q1')).toMatchObject({
      value: null,
      status: 'missing',
    });
  });

  it('key-figure-null: a single null cell; bare codes need a level', () => {
    const { obs, dataset } = read('statfin-jsonstatgraphs/key-figure-null.json', {
      areaLevel: 'municipality',
    });
    expect(obs.value).toEqual([null]);
    expect(dataset.areas.get('KU091')?.label.fi).toBe('Helsinki');
    expect(dataset.indicators.get('vaesto')?.unit).toBe('persons');
    const e = thrown(() => readJsonStat(load('statfin-jsonstatgraphs/key-figure-null.json')));
    expect(e).toMatchObject({ code: 'schema', issues: ['dimension.alue.category.index.0'] });
    expect(e.message).toMatch(/ambiguous area code: "091"/);
  });

  it('reads a PxWeb API 2 metadata response (value: []) as metadata', () => {
    const r = readJsonStat(load('pxwebapi2-expected/MetadataById_tab004_js2.json'));
    expect(r.kind).toBe('metadata');
    expect(r.document.indicators).toHaveLength(14 * 11);
    expect((r.document.observations as ColumnObservations).periods).toHaveLength(28);
    expect((r.document.observations as ColumnObservations).value).toHaveLength(0);
  });

  it('reads tab001 metadata with provider-level area codes', () => {
    const r = readJsonStat(load('pxwebapi2-expected/MetadataById_tab001_js2.json'), {
      areaLevel: 'provider',
    });
    expect(r.document.areas).toHaveLength(30);
  });
});

// Hand-written documents (not from any office) exercising status codes and old formats.
const statfinNewApi = {
  version: '2.0',
  class: 'dataset',
  id: ['kunta', 'kuukausi', 'tiedot'],
  size: [1, 3, 1],
  role: { time: ['kuukausi'], geo: ['kunta'], metric: ['tiedot'] },
  dimension: {
    kunta: { category: { index: ['KU091'], label: { KU091: 'Helsinki' } } },
    kuukausi: { category: { index: ['2025M08', '2025M09', '2025M10*'] } },
    tiedot: { category: { index: ['tyottomat'], unit: { tyottomat: { label: 'lukumäärä', decimals: 0 } } } },
  },
  value: [12, 3, 14],
  status: { '1': '3' },
  extension: {
    missingValueDescriptions: { '1': 'Tieto on puuttuva', '3': 'Tieto on salassapitosäännön alainen' },
  },
};

describe('readJsonStat statuses and formats', () => {
  it('maps StatFin code "3" to suppressed (value dropped) and a starred period to provisional', () => {
    const ds = toDataset(readJsonStat(statfinNewApi).document);
    expect(ds.observations.get('tyottomat', 'KU091', '2025-09')).toMatchObject({
      value: null,
      status: 'suppressed',
    });
    expect(ds.observations.get('tyottomat', 'KU091', '2025-10')).toMatchObject({
      value: 14,
      status: 'provisional',
    });
    expect(ds.observations.get('tyottomat', 'KU091', '2025-08')).toMatchObject({
      value: 12,
      status: 'final',
    });
  });

  it('maps PX dot codes', () => {
    const doc = { ...statfinNewApi, value: [null, null, 5], status: ['..', '...', 'p'], extension: {} };
    const ds = toDataset(readJsonStat(doc).document);
    expect(ds.observations.select({ indicator: 'tyottomat' }).map((o) => o.status)).toEqual([
      'missing',
      'suppressed',
      'provisional',
    ]);
  });

  it('reads a JSON-stat 1.x bundle (PxWeb v1 json-stat)', () => {
    const bundle = {
      dataset: {
        label: 'v1 bundle',
        dimension: {
          id: ['Vuosi', 'Tiedot'],
          size: [2, 1],
          role: { time: ['Vuosi'], metric: ['Tiedot'] },
          Vuosi: { category: { index: { '2023': 0, '2024': 1 } } },
          Tiedot: {
            category: { index: { lkm: 0 }, label: { lkm: 'Lukumäärä' }, unit: { lkm: { decimals: 0 } } },
          },
        },
        value: [1, 2],
      },
    };
    const ds = toDataset(readJsonStat(bundle).document);
    expect(ds.observations.select({ indicator: 'lkm', areas: ['SSS'] }).map((o) => o.value)).toEqual([1, 2]);
  });

  it('gives an area to a table with no area dimension from the descriptor', () => {
    const ds = toDataset(
      readJsonStat(load('statfin-jsonstatgraphs/time-series.json'), { area: 'MK06' }).document,
    );
    expect([...ds.areas.keys()]).toEqual(['MK06']);
  });

  it('names the JSON-stat rule a document breaks', () => {
    const e = thrown(() => readJsonStat({ ...statfinNewApi, value: [1, 2] }));
    expect(e).toMatchObject({ code: 'schema', rule: 'VALUE_LEN_MISMATCH', issues: ['value'] });
  });

  it('refuses a collection of links only as unsupported, and reads embedded items', () => {
    const links = {
      version: '2.0',
      class: 'collection',
      link: { item: [{ class: 'dataset', href: 'https://example.org/a.json' }] },
    };
    expect(thrown(() => readJsonStat(links)).code).toBe('unsupported');
    const embedded = {
      version: '2.0',
      class: 'collection',
      link: { item: [{ class: 'dataset', ...statfinNewApi }] },
    };
    expect(readJsonStat(embedded).document.indicators.map((i) => i.id)).toEqual(['tyottomat']);
  });
});
