// Generates the JSON Schema of the Mittari dataset format from the zod schemas, so that the
// published schema can never drift from what parseDataset accepts.
//   pnpm exec tsx packages/core/scripts/json-schema.ts          writes docs/schema/mittari-dataset-1.schema.json
//   pnpm exec tsx packages/core/scripts/json-schema.ts --check  fails if the checked-in file is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod/mini';
import { DatasetDocument } from '../src/index.js';

export const SCHEMA_PATH = fileURLToPath(
  new URL('../../../docs/schema/mittari-dataset-1.schema.json', import.meta.url),
);

/** The JSON Schema text, formatted as checked in. */
export function datasetJsonSchema(): string {
  const generated = z.toJSONSchema(DatasetDocument, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    reused: 'ref',
  }) as Record<string, unknown>;
  const schema = {
    $schema: generated.$schema,
    $id: 'https://mittari.invalid/schema/mittari-dataset-1.schema.json',
    title: 'Mittari dataset, format mittari/1',
    description:
      'Generated from the zod schemas of @mittari/core by packages/core/scripts/json-schema.ts; do not edit. ' +
      'Checks the shape only: calendar validity of periods, canonical area codes, references between ' +
      'sections and equal column lengths are checked by parseDataset (see docs/guides/dataset-format.md).',
    ...Object.fromEntries(Object.entries(generated).filter(([k]) => k !== '$schema')),
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = datasetJsonSchema();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(SCHEMA_PATH, 'utf8');
    } catch {
      // a missing file is out of date
    }
    if (current !== text) {
      console.error(`${SCHEMA_PATH} is out of date: run pnpm exec tsx packages/core/scripts/json-schema.ts`);
      process.exit(1);
    }
    console.log('JSON Schema up to date');
  } else {
    writeFileSync(SCHEMA_PATH, text);
    console.log(`wrote ${SCHEMA_PATH}`);
  }
}
