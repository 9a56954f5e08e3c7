import { describe, expect, it } from 'vitest';
import { AREA_LEVELS, LOCALES, OBSERVATION_STATUSES } from '../schemas/primitives.js';
import { MESSAGE_FAMILIES, MESSAGE_KEYS, MESSAGES } from './catalogue.js';
import { addMessages, isMessageKey, msg, type MessageKey } from './messages.js';
import { TREND_MESSAGES } from './messages-trend.js';

describe('message catalogue', () => {
  it('has the same keys, all non-empty, in every language', () => {
    for (const locale of LOCALES) {
      expect(Object.keys(MESSAGES[locale]).sort()).toEqual([...MESSAGE_KEYS].sort());
      for (const key of MESSAGE_KEYS) expect(MESSAGES[locale][key].trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  it('uses the same placeholders in every language', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of MESSAGE_KEYS) {
      expect(placeholders(MESSAGES.sv[key]), key).toEqual(placeholders(MESSAGES.fi[key]));
      expect(placeholders(MESSAGES.en[key]), key).toEqual(placeholders(MESSAGES.fi[key]));
    }
  });

  it('splits into families that share no key and are complete in every language', () => {
    const families = Object.entries(MESSAGE_FAMILIES);
    const sizes = families.map(([, family]) => Object.keys(family.fi).length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(MESSAGE_KEYS.length);
    for (const [name, family] of families)
      for (const locale of LOCALES)
        expect(Object.keys(family[locale]).sort(), `${name} ${locale}`).toEqual(
          Object.keys(family.fi).sort(),
        );
  });

  it('names every level and status the elements show', () => {
    for (const level of AREA_LEVELS) expect(isMessageKey(`level.${level}`)).toBe(true);
    for (const status of OBSERVATION_STATUSES) expect(isMessageKey(`status.${status}`)).toBe(true);
    const elementKeys = [
      'state.loading',
      'error.network',
      'error.http',
      'error.timeout',
      'error.parse',
      'error.schema',
      'error.not-found',
      'error.unsupported',
      'error.generic',
      'action.retry',
      'state.empty',
      'state.partial',
      'target',
      'target.example',
      'attainment.met',
      'attainment.near',
      'attainment.missed',
      'attainment.unknown',
      'gap',
      'change.previous',
      'change.year',
      'rank',
      'reference.area',
      'area.mainland',
      'area.whole-country',
      'table.data',
      'table.show',
      'table.hide',
      'download.csv',
      'download.svg',
      'download.png',
      'source',
      'licence',
      'updated',
      'legend',
      'state.no-data',
      'find-area',
      'language.fi',
      'language.sv',
      'language.en',
      'trend.line',
      'trend.rolling-mean',
      'annotation.break',
      'annotation.revision',
      'field.period',
      'field.value',
      'field.area',
      'field.indicator',
      'field.status',
      'sort.asc',
      'sort.desc',
      'sort.by',
      'error.rate-limited',
      'error.too-many-cells',
      'error.aborted',
      'error.no-source',
      'error.no-data-input',
      'error.source',
      'state.partial.values',
      'source.failed',
      'gauge.actual',
      'gauge.previous-period',
      'gauge.summary',
      'gauge.no-target',
      'kpi.change.up',
      'kpi.change.down',
      'kpi.change.same',
      'kpi.change.better',
      'kpi.change.worse',
      'kpi.sparkline',
      'trend.keys',
      'trend.provisional',
      'trend.gaps',
    ];
    for (const key of elementKeys) expect(MESSAGE_KEYS, key).toContain(key);
  });

  it('fills parameters and leaves unknown ones visible', () => {
    expect(msg('rank', 'sv', { rank: 3, total: 45 })).toBe('plats 3/45');
    expect(msg('rank', 'fi', { rank: 3, total: 45 })).toBe('sija 3/45');
    expect(msg('rank', 'en', { rank: 3 })).toBe('rank 3 of {total}');
    expect(msg('level.employment-area', 'sv')).toBe('sysselsättningsområde');
  });

  it("reads an element family's texts once the family is added, and only then", () => {
    expect(isMessageKey('trend.linear')).toBe(false);
    expect(msg('trend.linear', 'sv')).toBe('trend.linear');
    addMessages(TREND_MESSAGES);
    addMessages(TREND_MESSAGES);
    expect(isMessageKey('trend.linear')).toBe(true);
    expect(msg('trend.linear', 'sv')).toBe('linjär trend');
    expect(msg('trend.rows', 'en', { from: 1, to: 10, total: 40 })).toBe('Rows 1–10 of 40');
    // The common family is unchanged by an added family.
    expect(msg('error.source', 'fi', { what: 'data.json' })).toBe('Lähde: data.json');
  });

  it('never resolves a key to an inherited property', () => {
    expect(isMessageKey('toString')).toBe(false);
    expect(msg('constructor' as MessageKey, 'en')).toBe('constructor');
  });
});
