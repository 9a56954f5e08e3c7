import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSourceDescriptor } from './descriptor.js';
import { isMittariError } from './errors.js';
import { readCsv } from './sources/csv.js';
import { readJsonStat } from './sources/jsonstat.js';
import { readTableValues, readLimits } from './sources/pxweb.js';
import { toDataset } from './to-dataset.js';

/** Runs f; anything thrown must be a MittariError. */
function onlyMittariErrors(f: () => unknown): void {
  try {
    f();
  } catch (e) {
    if (!isMittariError(e)) throw e;
  }
}

const bytes = fc.uint8Array({ maxLength: 300 }).map((b) => new TextDecoder().decode(b));
const jsonish = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  bytes.map((s) => s as unknown),
);

// Documents close to JSON-stat, so the fuzzing reaches past the first checks.
const nearJsonStat = fc.record({
  version: fc.constantFrom('2.0', undefined),
  class: fc.constantFrom('dataset', 'collection', 'dimension', undefined),
  id: fc.oneof(fc.constant(['vuosi', 'alue']), fc.array(fc.string(), { maxLength: 3 })),
  size: fc.oneof(fc.constant([2, 1]), fc.array(fc.integer({ min: -1, max: 4 }), { maxLength: 3 })),
  role: fc.oneof(fc.constant({ time: ['vuosi'] }), fc.jsonValue({ maxDepth: 2 })),
  dimension: fc.oneof(
    fc.constant({
      vuosi: { category: { index: ['2024', '2025'] } },
      alue: { category: { index: ['KU091'] } },
    }),
    fc.jsonValue({ maxDepth: 4 }),
  ),
  value: fc.oneof(
    fc.array(fc.oneof(fc.double(), fc.constant(null), fc.string()), { maxLength: 4 }),
    fc.jsonValue({ maxDepth: 2 }),
  ),
  status: fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 })),
});

describe('adapters never throw anything but MittariError', () => {
  it('JSON-stat: arbitrary JSON and bytes', () => {
    fc.assert(
      fc.property(jsonish, (x) => onlyMittariErrors(() => toDataset(readJsonStat(x).document))),
      { numRuns: 300 },
    );
  });

  it('JSON-stat: near-valid documents', () => {
    fc.assert(
      fc.property(nearJsonStat, (x) =>
        onlyMittariErrors(() => toDataset(readJsonStat(x, { areaLevel: 'municipality' }).document)),
      ),
      { numRuns: 500 },
    );
  });

  it('CSV: arbitrary text', () => {
    const columns = { area: 'a', period: 'p', value: 'v' };
    const csv = fc.oneof(
      bytes,
      fc
        .array(
          fc.array(
            fc.oneof(fc.constantFrom('a', 'p', 'v', '091', '2025M01', '1,5', '..', '"', ';'), fc.string()),
            { maxLength: 4 },
          ),
          { maxLength: 6 },
        )
        .map((rows) => rows.map((r) => r.join(';')).join('\n')),
    );
    fc.assert(
      fc.property(csv, (text) =>
        onlyMittariErrors(() => toDataset(readCsv(text, { columns, areaLevel: 'municipality' }))),
      ),
      { numRuns: 300 },
    );
  });

  it('Mittari dataset: arbitrary JSON', () => {
    fc.assert(
      fc.property(jsonish, (x) => onlyMittariErrors(() => toDataset(x))),
      { numRuns: 300 },
    );
  });

  it('PxWeb: arbitrary configuration and metadata answers', () => {
    fc.assert(
      fc.property(jsonish, (x) => {
        onlyMittariErrors(() => readTableValues(x, 'https://example.org/t'));
        const limits = readLimits(x);
        expect(limits.maxCalls).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('source descriptors: arbitrary JSON, text and prototype keys', () => {
    const withProto = fc
      .jsonValue({ maxDepth: 3 })
      .map(
        (v) =>
          JSON.parse(
            `{"format":"mittari","url":"a.json","x":{"__proto__":${JSON.stringify(v ?? null)}}}`,
          ) as unknown,
      );
    fc.assert(
      fc.property(fc.oneof(jsonish, withProto), (x) => onlyMittariErrors(() => parseSourceDescriptor(x))),
      { numRuns: 300 },
    );
  });
});
