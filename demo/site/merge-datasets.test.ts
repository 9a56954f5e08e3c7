import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDataset, type DatasetDocument } from '../../packages/core/src/index.js';
import { mergeDatasets } from './merge-datasets.js';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
const read = (file: string): DatasetDocument =>
  JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as DatasetDocument;
const title = { fi: 'Kojelauta', sv: 'Panel', en: 'Dashboard' };

describe('mergeDatasets', () => {
  const country = read('country.json');
  const areas = read('employment-area.json');
  const merged = mergeDatasets([country, areas], title);
  const parsed = parseDataset(merged);

  it('gives one valid document in which an employment area and mainland Finland can be read side by side', () => {
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    const obs = parsed.data.observations;
    expect(obs.get('unemployed-share', 'TA39', '2025-01')).toMatchObject({ value: 12, status: 'estimate' });
    expect(obs.get('unemployed-share', 'MA1', '2025-01')?.value).toBe(12);
    expect(parsed.data.areas.get('MA1')?.label.sv).toBe('Fastlandsfinland');
  });

  it('keeps every observation, target and membership of every input, and each annotation once', () => {
    const count = (d: DatasetDocument) =>
      Array.isArray(d.observations) ? d.observations.length : d.observations.value.length;
    expect(count(merged)).toBe(count(country) + count(areas));
    expect(merged.targets).toHaveLength((country.targets ?? []).length + (areas.targets ?? []).length);
    expect(merged.memberships?.map((m) => m.level).sort()).toEqual(['country', 'employment-area']);
    expect(merged.annotations).toEqual(areas.annotations);
    expect(merged.meta.title).toEqual(title);
    expect(merged.meta.sources).toEqual(country.meta.sources);
  });

  it('keeps statuses and coverage notes as they were', () => {
    if (!parsed.success) throw new Error(parsed.error.message);
    const own = parseDataset(areas);
    if (!own.success) throw new Error(own.error.message);
    for (const period of ['2007-01', '2015-06', '2020-10', '2024-12']) {
      for (const area of ['TA01', 'TA39', 'TA45']) {
        expect(parsed.data.observations.get('unemployed-share', area, period)).toEqual(
          own.data.observations.get('unemployed-share', area, period),
        );
      }
    }
  });

  it('refuses an observation that two documents both hold', () => {
    expect(() => mergeDatasets([areas, areas], title)).toThrow(
      /observation in two documents: unemployed-share TA\d\d/,
    );
  });

  it('refuses an indicator that two documents define differently', () => {
    const changed: DatasetDocument = {
      ...areas,
      indicators: areas.indicators.map((i) => (i.id === 'unemployed-share' ? { ...i, decimals: 3 } : i)),
      observations: {
        indicators: [],
        areas: [],
        periods: [],
        indicator: [],
        area: [],
        period: [],
        value: [],
      },
    };
    expect(() => mergeDatasets([country, changed], title)).toThrow(
      /indicator defined differently: "unemployed-share"/,
    );
  });
});
