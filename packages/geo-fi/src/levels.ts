import type { AreaLevel } from '@mittari/core';

/**
 * The geographic levels this package classifies: every `AreaLevel` of `@mittari/core` except `provider`
 * (service providers are not areas of a map).
 */
export const GEO_LEVELS = [
  'country',
  'region',
  'sub-region',
  'municipality',
  'wellbeing-county',
  'employment-area',
  'ely-centre',
  'elinvoimakeskus',
] as const satisfies readonly AreaLevel[];
/** A level of {@link GEO_LEVELS}. */
export type GeoLevel = (typeof GEO_LEVELS)[number];

/** Levels whose areas are unions of municipalities, each with a membership table per year. */
export const GROUPING_LEVELS = [
  'region',
  'sub-region',
  'wellbeing-county',
  'employment-area',
  'ely-centre',
  'elinvoimakeskus',
] as const satisfies readonly GeoLevel[];
/** A level of {@link GROUPING_LEVELS}. */
export type GroupingLevel = (typeof GROUPING_LEVELS)[number];

/** Canonical code prefix of each grouping level (decision 0001). */
export const LEVEL_PREFIX = {
  region: 'MK',
  'sub-region': 'SK',
  'wellbeing-county': 'HVA',
  'employment-area': 'TA',
  'ely-centre': 'ELY',
  elinvoimakeskus: 'EVK',
} as const satisfies Record<GroupingLevel, string>;

/** Whether a level is one of {@link GROUPING_LEVELS}. */
export function isGroupingLevel(level: string): level is GroupingLevel {
  return (GROUPING_LEVELS as readonly string[]).includes(level);
}
