import type { AreaLevel } from './schemas/primitives.js';
import { fail, ok, quote, type Result } from './result.js';

/** A numbered level's code syntax (decision 0001): prefix, digit width and the valid numbers. */
interface NumberedScheme {
  readonly level: AreaLevel;
  readonly prefix: string;
  readonly width: number;
  readonly valid: (n: number) => boolean;
}

const between = (lo: number, hi: number) => (n: number) => n >= lo && n <= hi;

// Longest prefixes first so that `HVA` is not read as something shorter.
const SCHEMES: readonly NumberedScheme[] = [
  {
    level: 'wellbeing-county',
    prefix: 'HVA',
    width: 2,
    valid: (n) => between(1, 23)(n) || n === 90 || n === 91,
  },
  { level: 'ely-centre', prefix: 'ELY', width: 2, valid: between(1, 16) },
  { level: 'elinvoimakeskus', prefix: 'EVK', width: 2, valid: between(1, 10) },
  { level: 'region', prefix: 'MK', width: 2, valid: between(1, 21) },
  { level: 'sub-region', prefix: 'SK', width: 3, valid: between(11, 219) },
  { level: 'municipality', prefix: 'KU', width: 3, valid: between(5, 992) },
  { level: 'employment-area', prefix: 'TA', width: 2, valid: between(1, 45) },
];

const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  SSS: 'SSS',
  'KOKO MAA': 'SSS',
  MA1: 'MA1',
};

const PROVIDER = /^[A-Za-z0-9_.-]{1,64}$/;
const PREFIXED = /^([A-Z]{2,3})(\d+)$/;
const BARE = /^\d+$/;

/** A canonical area code and the level it belongs to. */
export interface AreaCode {
  readonly code: string;
  readonly level: AreaLevel;
}

function error(message: string): Result<AreaCode> {
  return fail([{ path: [], message }]);
}

function numbered(scheme: NumberedScheme, digits: string, input: unknown): Result<AreaCode> {
  const n = Number(digits);
  if (digits.length > scheme.width || !scheme.valid(n)) return error(`unknown area code: ${quote(input)}`);
  return ok({ code: scheme.prefix + String(n).padStart(scheme.width, '0'), level: scheme.level });
}

/**
 * Normalises an area code to its one canonical form (decision 0001): `91`, `091` and `KU091`
 * become `KU091`; `6`, `06` and `MK6` become `MK06`; `koko maa` becomes `SSS`. A bare number
 * needs the `level`, since `06` is a region, a wellbeing services county and an employment area.
 * Provider codes (`[A-Za-z0-9_.-]{1,64}`) are accepted only with level `provider` and kept as
 * written. Checks syntax and number ranges only: whether the area exists in a given year is
 * `@mittari/geo-fi`'s job. Never throws.
 *
 * @example
 * ```ts
 * normalizeAreaCode('91', 'municipality'); // { success: true, data: { code: 'KU091', level: 'municipality' } }
 * normalizeAreaCode('MK6');                // { success: true, data: { code: 'MK06', level: 'region' } }
 * normalizeAreaCode('06');                 // error 'ambiguous area code: "06" (give a level)'
 * normalizeAreaCode('MK99');               // error 'unknown area code: "MK99"'
 * ```
 */
export function normalizeAreaCode(input: unknown, level?: AreaLevel): Result<AreaCode> {
  if (typeof input !== 'string' && typeof input !== 'number')
    return error(`invalid area code: ${quote(input)}`);
  const raw = String(input).trim();
  if (level === 'provider') {
    return PROVIDER.test(raw) ? ok({ code: raw, level }) : error(`invalid provider code: ${quote(input)}`);
  }
  const s = raw.toUpperCase().replace(/\s+/g, ' ');
  const country = COUNTRY_ALIASES[s];
  if (country !== undefined) {
    return level === undefined || level === 'country'
      ? ok({ code: country, level: 'country' })
      : error(`area code ${quote(input)} is a country code, not ${level}`);
  }
  if (BARE.test(s)) {
    if (level === undefined) return error(`ambiguous area code: ${quote(input)} (give a level)`);
    const scheme = SCHEMES.find((x) => x.level === level);
    if (!scheme) return error(`invalid area code: ${quote(input)} for level ${level}`);
    return numbered(scheme, s, input);
  }
  const m = PREFIXED.exec(s.replace(/[\s-]/g, ''));
  const scheme = m ? SCHEMES.find((x) => x.prefix === m[1]) : undefined;
  if (!m || !m[2] || !scheme) return error(`invalid area code: ${quote(input)}`);
  if (level !== undefined && scheme.level !== level) {
    return error(`area code ${quote(input)} is a ${scheme.level} code, not ${level}`);
  }
  return numbered(scheme, m[2], input);
}

/**
 * The level of a canonical area code, or `undefined` when the code is not canonical (bare
 * numbers, provider codes and anything malformed).
 *
 * @example
 * ```ts
 * areaLevelOfCode('TA13');  // "employment-area"
 * areaLevelOfCode('091');   // undefined
 * ```
 */
export function areaLevelOfCode(code: string): AreaLevel | undefined {
  const r = normalizeAreaCode(code);
  return r.success && r.data.code === code ? r.data.level : undefined;
}

/**
 * Whether a string is a canonical code of a geographic area (providers are not recognisable
 * by syntax alone).
 *
 * @example
 * ```ts
 * isCanonicalAreaCode('KU091'); // true
 * isCanonicalAreaCode('KU91');  // false
 * ```
 */
export function isCanonicalAreaCode(code: string): boolean {
  return areaLevelOfCode(code) !== undefined;
}
