/**
 * Shared fixtures of the map and ranking stories and tests: the demo datasets (real Statistics
 * Finland / TEM figures, built by demo/data/build.ts into demo/data/*.json), loaded over HTTP
 * from the dev server, and one small obviously synthetic dataset for edge cases.
 */
import { parseDataset, type Dataset } from '@mittari/core';

/** Levels with a demo dataset. */
export const DEMO_LEVELS = [
  'region',
  'municipality',
  'employment-area',
  'wellbeing-county',
  'elinvoimakeskus',
] as const;
/** A level with a demo dataset. */
export type DemoLevel = (typeof DEMO_LEVELS)[number];

const cache = new Map<string, Promise<Dataset>>();

/** Loads and parses one demo dataset (`/demo/data/<level>.json`). */
export function demoDataset(level: DemoLevel, base = '/demo/data/'): Promise<Dataset> {
  const url = `${base}${level}.json`;
  let hit = cache.get(url);
  if (!hit) {
    hit = fetch(url)
      .then((r) => r.json() as Promise<unknown>)
      .then((json) => {
        const r = parseDataset(json);
        if (!r.success) throw new Error(`demo dataset ${url} did not parse: ${r.error.message}`);
        return r.data;
      });
    cache.set(url, hit);
  }
  return hit;
}

/**
 * SYNTHETIC (made-up numbers, not statistics): four regions with a suppressed and a missing
 * value, an example target and a whole-country reference — for edge-case stories and tests.
 */
export const SYNTHETIC_REGIONS = {
  format: 'mittari/1',
  meta: {
    title: { fi: 'Synteettinen esimerkki', sv: 'Syntetiskt exempel', en: 'Synthetic example' },
    synthetic: true,
  },
  indicators: [
    {
      id: 'synthetic-share',
      label: { fi: 'Synteettinen osuus', sv: 'Syntetisk andel', en: 'Synthetic share' },
      unit: 'percent',
      decimals: 1,
      direction: 'lower-is-better',
      frequency: 'month',
      category: 'effectiveness',
      synthetic: true,
    },
  ],
  areas: [
    { code: 'SSS', level: 'country', label: { fi: 'Koko maa', sv: 'Hela landet', en: 'Whole country' } },
    { code: 'MK01', level: 'region', label: { fi: 'Uusimaa', sv: 'Nyland' } },
    { code: 'MK02', level: 'region', label: { fi: 'Varsinais-Suomi', sv: 'Egentliga Finland' } },
    { code: 'MK06', level: 'region', label: { fi: 'Pirkanmaa', sv: 'Birkaland' } },
    { code: 'MK21', level: 'region', label: { fi: 'Ahvenanmaa', sv: 'Åland' } },
  ],
  observations: [
    { indicator: 'synthetic-share', area: 'SSS', period: '2025-01', value: 10 },
    { indicator: 'synthetic-share', area: 'MK01', period: '2025-01', value: 9 },
    { indicator: 'synthetic-share', area: 'MK02', period: '2025-01', value: 11 },
    { indicator: 'synthetic-share', area: 'MK06', period: '2025-01', value: null, status: 'suppressed' },
    { indicator: 'synthetic-share', area: 'MK21', period: '2025-01', value: null, status: 'missing' },
  ],
  targets: [{ indicator: 'synthetic-share', period: '2025-01', value: 10, example: true }],
} as const;

/** {@link SYNTHETIC_REGIONS} parsed. */
export function syntheticRegions(): Dataset {
  const r = parseDataset(SYNTHETIC_REGIONS);
  if (!r.success) throw new Error(`synthetic fixture did not parse: ${r.error.message}`);
  return r.data;
}
