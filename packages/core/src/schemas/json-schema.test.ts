import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { datasetJsonSchema, SCHEMA_PATH } from '../../scripts/json-schema.js';
import { parseDataset } from '../parse.js';

const example = JSON.parse(
  readFileSync(new URL('../../../../docs/schema/example.mittari.json', import.meta.url), 'utf8'),
) as unknown;
const checkedIn = readFileSync(SCHEMA_PATH, 'utf8');

describe('the published JSON Schema', () => {
  it('is what the script generates from the zod schemas (run the script if this fails)', () => {
    expect(checkedIn).toBe(datasetJsonSchema());
  });

  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(checkedIn) as object);

  it('accepts the example dataset, which parseDataset also accepts', () => {
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    const r = parseDataset(example);
    expect(r.success).toBe(true);
    if (r.success) expect(r.data.observations.get('unemployed-share', 'KU235', '2025-01')?.value).toBe(7.7);
  });

  it('rejects what is wrong in shape', () => {
    const bad = structuredClone(example) as {
      indicators: { unit: string }[];
      observations: { periods: string[] };
    };
    bad.indicators[0]!.unit = 'percnt';
    bad.observations.periods[0] = '2024/12';
    expect(validate(bad)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/indicators/0/unit']),
    );
  });
});
