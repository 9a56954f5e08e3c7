/**
 * Merges complete `mittari/1` documents (one per area level, as `demo/data/` writes them) into
 * one document, so that a page whose elements each take one source can show an employment area
 * against mainland Finland and switch the map between levels (decision 0350).
 */
import type { DatasetDocument } from '../../packages/core/src/index.js';

type ColumnObservations = Extract<DatasetDocument['observations'], { indicators: string[] }>;

/** Index of `key` in a dictionary, adding it when new. */
function indexIn(dict: string[], lookup: Map<string, number>, key: string): number {
  let i = lookup.get(key);
  if (i === undefined) {
    i = dict.length;
    dict.push(key);
    lookup.set(key, i);
  }
  return i;
}

/** Keeps the first of each item whose JSON text repeats (indicators, annotations are in every file). */
function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * One document holding every observation, area, membership table, target and annotation of
 * `docs`. `meta` is the first document's with `title` replaced; indicator definitions must
 * agree across documents and an observation may appear in only one of them (the demo files
 * guarantee both, decision 0300): a conflict throws rather than silently picking one.
 *
 * @example
 * ```ts
 * const doc = mergeDatasets([country, employmentAreas], { fi: 'Kojelauta', sv: 'Panel', en: 'Dashboard' });
 * parseDataset(doc).success; // true
 * ```
 */
export function mergeDatasets(
  docs: readonly DatasetDocument[],
  title: DatasetDocument['meta']['title'],
): DatasetDocument {
  const first = docs[0];
  if (!first) throw new Error('nothing to merge');
  const indicators = new Map<string, DatasetDocument['indicators'][number]>();
  for (const doc of docs) {
    for (const ind of doc.indicators) {
      const known = indicators.get(ind.id);
      if (known && JSON.stringify(known) !== JSON.stringify(ind))
        throw new Error(`indicator defined differently: "${ind.id}"`);
      indicators.set(ind.id, ind);
    }
  }
  const out: ColumnObservations = {
    indicators: [],
    areas: [],
    periods: [],
    indicator: [],
    area: [],
    period: [],
    value: [],
    status: [],
    note: [],
  };
  const dicts = {
    indicators: new Map<string, number>(),
    areas: new Map<string, number>(),
    periods: new Map<string, number>(),
  };
  const seen = new Set<string>();
  let anyNote = false;
  for (const doc of docs) {
    const o = doc.observations;
    if (Array.isArray(o))
      throw new Error('row-wise observations are not merged (the demo files are column-wise)');
    for (let i = 0; i < o.value.length; i++) {
      const ind = o.indicators[o.indicator[i] ?? -1];
      const area = o.areas[o.area[i] ?? -1];
      const period = o.periods[o.period[i] ?? -1];
      if (ind === undefined || area === undefined || period === undefined)
        throw new Error(`bad dictionary index in observation ${i}`);
      const key = `${ind}\u0000${area}\u0000${period}`;
      if (seen.has(key)) throw new Error(`observation in two documents: ${ind} ${area} ${period}`);
      seen.add(key);
      out.indicator.push(indexIn(out.indicators, dicts.indicators, ind));
      out.area.push(indexIn(out.areas, dicts.areas, area));
      out.period.push(indexIn(out.periods, dicts.periods, period));
      out.value.push(o.value[i] ?? null);
      // Without a status column a number is final and a null missing (decision 0002).
      out.status?.push(o.status?.[i] ?? (o.value[i] === null ? 4 : 0));
      const note = o.note?.[i] ?? null;
      if (note !== null) anyNote = true;
      out.note?.push(note);
    }
  }
  if (!anyNote) delete out.note;
  const areas = uniqueBy(
    docs.flatMap((d) => d.areas),
    (a) => a.code,
  );
  return {
    format: first.format,
    meta: { ...first.meta, title },
    indicators: [...indicators.values()],
    areas,
    memberships: docs.flatMap((d) => d.memberships ?? []),
    observations: out,
    targets: docs.flatMap((d) => d.targets ?? []),
    annotations: uniqueBy(
      docs.flatMap((d) => d.annotations ?? []),
      (a) => JSON.stringify(a),
    ),
  };
}
