import * as z from 'zod/mini';
import './zod.js';
import { LocalizedText, ObservationStatus } from './primitives.js';
import { Indicator } from './indicator.js';
import { Area, Membership } from './area.js';
import { Target } from './target.js';
import { Annotation } from './annotation.js';
import { Source } from './source.js';
import { PeriodString } from './period-schema.js';

/** The format tag of the Mittari dataset format, version 1. */
export const DATASET_FORMAT = 'mittari/1';

/**
 * Dataset metadata: title, sources, licence, last update (`YYYY-MM-DD` or an ISO timestamp),
 * notes, and `synthetic: true` when the whole dataset is made up.
 */
export const DatasetMeta = z.object({
  title: LocalizedText,
  description: z.optional(LocalizedText),
  sources: z.optional(z.array(Source)),
  licence: z.optional(z.string()),
  updated: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}(?:T[0-9:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/))),
  notes: z.optional(z.array(LocalizedText)),
  synthetic: z.optional(z.boolean()),
});
/** Dataset metadata. */
export type DatasetMeta = z.infer<typeof DatasetMeta>;

const index = z.int().check(z.minimum(0));

/**
 * Observations column-wise (decision 0002): three dictionaries and parallel arrays of equal
 * length holding indexes into them. `status` indexes {@link OBSERVATION_STATUSES}; without it a
 * number is `final` and a `null` is `missing`.
 */
export const ColumnObservations = z.object({
  indicators: z.array(z.string()),
  areas: z.array(z.string()),
  periods: z.array(PeriodString),
  indicator: z.array(index),
  area: z.array(index),
  period: z.array(index),
  value: z.array(z.nullable(z.number())),
  status: z.optional(z.array(z.int().check(z.minimum(0), z.maximum(4)))),
  note: z.optional(z.array(z.nullable(z.string()))),
});
/** Observations column-wise, as on the wire. */
export type ColumnObservations = z.infer<typeof ColumnObservations>;

/** One observation written row-wise, for small hand-written files. */
export const RowObservation = z.object({
  indicator: z.string(),
  area: z.string(),
  period: PeriodString,
  value: z.nullable(z.number()),
  status: z.optional(ObservationStatus),
  note: z.optional(z.string()),
});
/** One observation written row-wise. */
export type RowObservation = z.infer<typeof RowObservation>;

/**
 * A whole dataset document on the wire: the Mittari dataset format `mittari/1` (decision 0002).
 * Validate and load one with {@link parseDataset}; this schema is also the source of the
 * published JSON Schema.
 */
export const DatasetDocument = z.object({
  format: z.literal(DATASET_FORMAT),
  meta: DatasetMeta,
  indicators: z.array(Indicator),
  areas: z.array(Area),
  memberships: z.optional(z.array(Membership)),
  observations: z.union([ColumnObservations, z.array(RowObservation)]),
  targets: z.optional(z.array(Target)),
  annotations: z.optional(z.array(Annotation)),
});
/** A whole dataset document on the wire. */
export type DatasetDocument = z.infer<typeof DatasetDocument>;
