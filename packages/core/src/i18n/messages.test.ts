import { describe, expect, it } from 'vitest';
import { AREA_LEVELS, LOCALES, OBSERVATION_STATUSES } from '../schemas/primitives.js';
import { isMessageKey, MESSAGE_KEYS, MESSAGES, msg } from './messages.js';

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
    ];
    for (const key of elementKeys) expect(isMessageKey(key), key).toBe(true);
  });

  it('fills parameters and leaves unknown ones visible', () => {
    expect(msg('rank', 'sv', { rank: 3, total: 45 })).toBe('plats 3/45');
    expect(msg('rank', 'fi', { rank: 3, total: 45 })).toBe('sija 3/45');
    expect(msg('rank', 'en', { rank: 3 })).toBe('rank 3 of {total}');
    expect(msg('level.employment-area', 'sv')).toBe('sysselsättningsområde');
  });
});
