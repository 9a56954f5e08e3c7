import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../test/http-server.js';
import { validateJsonStat } from './jsonstat-validate.js';

interface Case {
  id: string;
  expected: { valid?: boolean; codes?: string[]; noOtherErrors?: boolean };
  input: unknown;
}
const cases = JSON.parse(
  readFileSync(join(FIXTURES, 'jsonstat-validator-corpus/cases.json'), 'utf8'),
) as Case[];
const manifest = JSON.parse(
  readFileSync(join(FIXTURES, 'jsonstat-validator-corpus/rules-manifest.json'), 'utf8'),
) as {
  rules: { code: string; severity: string }[];
};

describe('validateJsonStat against the jsonstat/validator corpus', () => {
  it('has all 20 cases', () => expect(cases).toHaveLength(20));

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const findings = validateJsonStat(c.input);
    const errors = findings.filter((f) => f.severity === 'error').map((f) => f.code);
    const codes = findings.map((f) => f.code);
    if (c.expected.valid !== undefined) expect(errors.length === 0).toBe(c.expected.valid);
    for (const code of c.expected.codes ?? []) expect(codes).toContain(code);
    if (c.expected.noOtherErrors)
      expect(errors.filter((e) => !(c.expected.codes ?? []).includes(e))).toEqual([]);
  });

  it('gives each finding the severity of the rule catalogue', () => {
    const severity = new Map(manifest.rules.map((r) => [r.code, r.severity]));
    for (const c of cases)
      for (const f of validateJsonStat(c.input)) expect(f.severity).toBe(severity.get(f.code));
  });
});
