import {
  INDICATOR_ID_PATTERN,
  normalizeAreaCode,
  parsePeriod,
  periodFrequency,
  type AreaLevel,
  type DatasetDocument,
  type Frequency,
  type Indicator,
  type Unit,
} from '@mittari/core';
import type { IndicatorOverrides } from '../descriptor.js';
import { MittariError } from '../errors.js';

/** Options every table-shaped source shares (a subset of the descriptors). */
export interface TableOptions {
  readonly area?: string | undefined;
  readonly areaLevel?: AreaLevel | undefined;
  readonly indicator?: IndicatorOverrides | undefined;
  readonly indicators?: Readonly<Record<string, IndicatorOverrides>> | undefined;
  readonly licence?: string | undefined;
  readonly lang?: string | undefined;
}

/** Status indexes of decision 0002. */
export const STATUS = { final: 0, provisional: 1, estimate: 2, suppressed: 3, missing: 4 } as const;

// Symbols for confidential cells: PX `...`, Eurostat `c`, StatFin's newer API code "3"
// ("Tieto on salassapitosäännön alainen").
const SUPPRESSED_SYMBOLS = new Set(['...', 'c', 'C', ':c']);
const CONFIDENTIAL_TEXT = /salassa|secre|sekretess|confidential|luottamuksel/i;

/**
 * The status of a cell from its value and status symbol. A value marked confidential is
 * `suppressed` (core drops the value); any other symbol on a missing value is `missing`; on a
 * present value `p` means provisional and `e` an estimate.
 */
export function cellStatus(
  value: number | null,
  symbol: string | undefined,
  descriptions?: Readonly<Record<string, string>>,
): number {
  const s = symbol?.trim();
  if (s !== undefined && s !== '') {
    if (SUPPRESSED_SYMBOLS.has(s)) return STATUS.suppressed;
    const described = descriptions && Object.hasOwn(descriptions, s) ? descriptions[s] : undefined;
    if (described !== undefined && CONFIDENTIAL_TEXT.test(described)) return STATUS.suppressed;
  }
  if (value === null) return STATUS.missing;
  if (s === 'p' || s === 'P') return STATUS.provisional;
  if (s === 'e' || s === 'E') return STATUS.estimate;
  return STATUS.final;
}

const UNIT_PATTERNS: readonly [RegExp, Unit][] = [
  [/prosenttiyksik|percentage.?points?|procentenhet/i, 'percentage-points'],
  [/prosent|per ?cent|procent|^%$|,\s*%$/i, 'percent'],
  [/euro|€|eur\b/i, 'euro'],
  [/henkil|persons?|personer/i, 'persons'],
  [/päiv|days?|dagar/i, 'days'],
  [/viik|weeks?|veckor/i, 'weeks'],
  [/indeksi|index/i, 'index'],
  [/suhde|ratio|kvot/i, 'ratio'],
  [/lukumäärä|lkm|number|antal|count|kpl/i, 'count'],
];

/**
 * Core's unit for a statistical office's unit label (`prosenttia`, `Per cent`, `lukumäärä`,
 * `Number`, `antal` …). Unknown labels read as `count`; descriptors can override (decision 0403).
 */
export function unitFromLabel(label: string | undefined): Unit {
  if (label === undefined) return 'count';
  for (const [re, unit] of UNIT_PATTERNS) if (re.test(label)) return unit;
  return 'count';
}

/** An indicator id that core accepts, made from a table's codes. */
export function indicatorId(raw: string): string {
  let id = raw.replace(/[^A-Za-z0-9_.:-]/g, '_').slice(0, 128);
  if (!/^[A-Za-z0-9]/.test(id)) id = `x${id}`.slice(0, 128);
  return INDICATOR_ID_PATTERN.test(id) ? id : 'value';
}

const COUNTRY_LABEL = { fi: 'Koko maa', sv: 'Hela landet', en: 'Whole country' };

/** Text in the response's language; Finnish is required by core, so it falls back to the same text. */
export function text(value: string, lang: string | undefined): { fi: string; sv?: string; en?: string } {
  const t = value.trim() || '–';
  if (lang === 'sv') return { fi: t, sv: t };
  if (lang === 'en') return { fi: t, en: t };
  return { fi: t };
}

/** Strips markup from statistical offices' notes (StatFin puts `<A HREF…>` links in them). */
export function plainText(s: string): string {
  return s
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface IndicatorInfo {
  readonly label?: string | undefined;
  readonly unitLabel?: string | undefined;
  readonly decimals?: number | undefined;
}

/** A column with a known problem, collected instead of thrown so all are reported at once. */
export interface TableIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * Collects observations of a statistical table (JSON-stat, PxWeb, CSV) column-wise into a
 * Mittari dataset document: indicator defaults and overrides, area codes normalised (decision
 * 0001), periods canonical, statuses coded. One builder may take several responses (a split
 * PxWeb query).
 */
export class TableBuilder {
  readonly issues: TableIssue[] = [];
  readonly #opts: TableOptions;
  readonly #indicators: Indicator[] = [];
  readonly #indicatorIndex = new Map<string, number>();
  readonly #areas: DatasetDocument['areas'] = [];
  readonly #areaIndex = new Map<string, number>();
  readonly #areaCache = new Map<string, number | undefined>();
  readonly #periods: string[] = [];
  readonly #periodIndex = new Map<string, number>();
  readonly #periodCache = new Map<string, { index: number; provisional: boolean } | undefined>();
  readonly #frequency: (Frequency | undefined)[] = [];
  readonly indicator: number[] = [];
  readonly area: number[] = [];
  readonly period: number[] = [];
  readonly value: (number | null)[] = [];
  readonly status: number[] = [];

  constructor(options: TableOptions) {
    this.#opts = options;
  }

  /** The index of an indicator built from a table code, adding it on first use. */
  addIndicator(key: string, info: IndicatorInfo): number {
    const known = this.#indicatorIndex.get(key);
    if (known !== undefined) return known;
    const id = indicatorId(key);
    const own = this.#opts.indicators?.[key] ?? this.#opts.indicators?.[id];
    // A shared `indicator.id` would give every indicator the same id: it names a lone indicator only (see document()).
    const { id: _sharedId, ...shared } = this.#opts.indicator ?? {};
    const o = { ...shared, ...own };
    const decimals =
      o.decimals ??
      (info.decimals !== undefined ? Math.min(6, Math.max(0, Math.round(info.decimals))) : undefined);
    const ind: Indicator = {
      id: o.id ?? id,
      label: o.label ?? text(info.label ?? key, this.#opts.lang),
      unit: o.unit ?? unitFromLabel(info.unitLabel),
      direction: o.direction ?? 'neutral',
      frequency: o.frequency ?? 'year',
      category: o.category ?? 'activity',
    };
    if (decimals !== undefined) ind.decimals = decimals;
    if (o.description !== undefined) ind.description = o.description;
    if (o.source !== undefined) ind.source = o.source;
    if (o.suppressBelow !== undefined) ind.suppressBelow = o.suppressBelow;
    const i = this.#indicators.length;
    this.#indicators.push(ind);
    this.#indicatorIndex.set(key, i);
    this.#frequency.push(o.frequency);
    return i;
  }

  /** The index of an area, normalising its code; `undefined` (and an issue) when unreadable. */
  addArea(code: string, label: string | undefined, path: string, level?: AreaLevel): number | undefined {
    const cacheKey = `${level ?? ''}|${code}`;
    if (this.#areaCache.has(cacheKey)) return this.#areaCache.get(cacheKey);
    const lvl = level ?? this.#opts.areaLevel;
    let r = normalizeAreaCode(code, lvl);
    if (!r.success && lvl !== undefined) {
      const plain = normalizeAreaCode(code);
      if (plain.success) r = plain;
    }
    let index: number | undefined;
    if (!r.success) {
      this.issues.push({ path, message: r.error.message });
    } else {
      const canonical = r.data.code;
      index = this.#areaIndex.get(canonical);
      if (index === undefined) {
        index = this.#areas.length;
        const cleaned = label?.replace(
          new RegExp(`^\\s*${code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+`),
          '',
        );
        this.#areas.push({
          code: canonical,
          level: r.data.level,
          label:
            canonical === 'SSS' && (cleaned === undefined || cleaned === code)
              ? COUNTRY_LABEL
              : text(cleaned ?? canonical, this.#opts.lang),
        });
        this.#areaIndex.set(canonical, index);
      }
    }
    this.#areaCache.set(cacheKey, index);
    return index;
  }

  /** The area of a table with no area dimension: the descriptor's, or the whole country. */
  defaultArea(): number | undefined {
    return this.addArea(this.#opts.area ?? 'SSS', undefined, 'area');
  }

  /**
   * The index of a period, parsed from a statistical office's code (`2025M09`, `2025Q3`,
   * `2010K1`); a trailing `*` (StatFin's mark of preliminary data) makes it provisional.
   */
  addPeriod(code: string, path: string): { index: number; provisional: boolean } | undefined {
    if (this.#periodCache.has(code)) return this.#periodCache.get(code);
    const trimmed = code.trim();
    const provisional = trimmed.endsWith('*');
    const bare = trimmed.replace(/\*+$/, '').replace(/^(\d{4})K([1-4])$/, '$1Q$2');
    const r = parsePeriod(bare);
    let out: { index: number; provisional: boolean } | undefined;
    if (!r.success) {
      this.issues.push({ path, message: `invalid period: ${JSON.stringify(code.slice(0, 40))}` });
    } else {
      let index = this.#periodIndex.get(r.data);
      if (index === undefined) {
        index = this.#periods.length;
        this.#periods.push(r.data);
        this.#periodIndex.set(r.data, index);
      }
      out = { index, provisional };
    }
    this.#periodCache.set(code, out);
    return out;
  }

  /** Adds one observation. */
  push(indicator: number, area: number, period: number, value: number | null, status: number): void {
    if (this.#frequency[indicator] === undefined) {
      const f = periodFrequency(this.#periods[period] ?? '');
      this.#frequency[indicator] = f;
      const ind = this.#indicators[indicator];
      if (ind && f) ind.frequency = f;
    }
    this.indicator.push(indicator);
    this.area.push(area);
    this.period.push(period);
    this.value.push(value);
    this.status.push(status);
  }

  /** Throws a `schema` error listing every issue collected, if any. */
  assertClean(url?: string): void {
    if (this.issues.length === 0) return;
    const first = this.issues[0];
    const more = this.issues.length > 1 ? ` (+${this.issues.length - 1} more)` : '';
    throw new MittariError('schema', `${first?.path}: ${first?.message}${more}`, {
      issues: this.issues.slice(0, 100).map((i) => i.path),
      ...(url === undefined ? {} : { url }),
    });
  }

  /** The dataset document of everything added. */
  document(meta: DatasetDocument['meta']): DatasetDocument {
    const lone = this.#indicators.length === 1 ? this.#indicators[0] : undefined;
    const renamed = this.#opts.indicator?.id;
    if (lone && renamed !== undefined) lone.id = renamed;
    return {
      format: 'mittari/1',
      meta,
      indicators: this.#indicators,
      areas: this.#areas,
      observations: {
        indicators: this.#indicators.map((i) => i.id),
        areas: this.#areas.map((a) => a.code),
        periods: this.#periods,
        indicator: this.indicator,
        area: this.area,
        period: this.period,
        value: this.value,
        status: this.status,
      },
    };
  }
}
