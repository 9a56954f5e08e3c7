import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatNumber,
  formatPeriod,
  formatShare,
  formatValue,
  pluralForm,
  statusLabel,
} from './format.js';

const NBSP = '\u00a0';
const share = { unit: 'percent', decimals: 1 } as const;

describe('formatNumber', () => {
  it('writes Finnish and Swedish numbers with a no-break space and a decimal comma', () => {
    expect(formatNumber(11700.25, 'fi', { decimals: 1 })).toBe(`11${NBSP}700,3`);
    expect(formatNumber(11700.25, 'sv', { decimals: 1 })).toBe(`11${NBSP}700,3`);
    expect(formatNumber(11700.25, 'en', { decimals: 1 })).toBe('11,700.3');
  });
  it('drops grouping for screen readers and signs changes', () => {
    expect(formatNumber(11700, 'fi', { grouping: false })).toBe('11700');
    expect(formatNumber(0.8, 'fi', { decimals: 1, signed: true })).toBe('+0,8');
    expect(formatNumber(-1.8, 'fi', { decimals: 1 })).toBe('\u22121,8');
    expect(formatNumber(-0.04, 'fi', { decimals: 1, signed: true })).toBe('0,0');
  });
});

describe('formatValue', () => {
  it('writes units per language', () => {
    expect(formatValue(8.2, share, 'fi')).toBe(`8,2${NBSP}%`);
    expect(formatValue(8.2, share, 'en')).toBe('8.2%');
    expect(formatValue(1.8, { unit: 'percentage-points', decimals: 1 }, 'fi')).toBe(`1,8${NBSP}%-yks.`);
    expect(formatValue(1.8, { unit: 'percentage-points', decimals: 1 }, 'sv')).toBe(
      `1,8${NBSP}procentenheter`,
    );
    expect(formatValue(1.8, { unit: 'percentage-points', decimals: 1 }, 'en')).toBe(`1.8${NBSP}pp`);
    expect(formatValue(1234, { unit: 'euro' }, 'fi')).toBe(`1${NBSP}234${NBSP}€`);
    expect(formatValue(1234, { unit: 'euro' }, 'en')).toBe('€1,234');
    expect(formatValue(4.36, { unit: 'score', decimals: 2 }, 'sv')).toBe('4,36');
  });
  it('spells units out without grouping for screen readers, with plurals', () => {
    expect(formatValue(11700, { unit: 'persons' }, 'fi', { form: 'screen-reader' })).toBe(
      `11700${NBSP}henkilöä`.replace(NBSP, ' '),
    );
    expect(formatValue(1, { unit: 'days' }, 'fi', { form: 'screen-reader' })).toBe('1 päivä');
    expect(formatValue(8.2, share, 'sv', { form: 'screen-reader' })).toBe('8,2 procent');
    expect(formatValue(1, { unit: 'percentage-points', decimals: 1 }, 'en', { form: 'screen-reader' })).toBe(
      '1.0 percentage points',
    );
  });
  it('never writes a number for a suppressed or missing value', () => {
    expect(formatValue({ value: 3, status: 'suppressed' }, share, 'fi')).toBe('tieto salattu');
    expect(formatValue(null, share, 'sv')).toBe('Uppgift saknas');
    expect(formatValue(Number.NaN, share, 'en')).toBe('No data');
  });
});

describe('formatChange and statusLabel', () => {
  it('gives percent changes in percentage points with a sign', () => {
    expect(formatChange({ change: 0.8, status: 'ok' }, share, 'fi')).toBe(`+0,8${NBSP}%-yks.`);
    expect(formatChange(-120, { unit: 'persons' }, 'fi')).toBe('\u2212120');
    expect(formatChange({ change: null, status: 'break' }, share, 'en')).toBe(
      'not comparable: the method changed',
    );
  });
  it("keeps the indicator's decimals when the unit changes to percentage points", () => {
    const twoDecimals = { unit: 'percent', decimals: 2 } as const;
    expect(formatChange({ change: 0.845, status: 'ok' }, twoDecimals, 'fi')).toBe(`+0,85${NBSP}%-yks.`);
    const whole = { unit: 'percent', decimals: 0 } as const;
    expect(formatValue(-1.2, whole, 'en', { signed: true, unit: 'percentage-points' })).toBe(`-1${NBSP}pp`);
    // Without decimals of its own the unit's default applies.
    expect(formatChange(0.84, { unit: 'percent' }, 'sv')).toBe(`+0,8${NBSP}procentenheter`);
  });
  it('names statuses', () => {
    expect(statusLabel('provisional', 'fi')).toBe('ennakkotieto');
    expect(statusLabel('provisional', 'sv')).toBe('preliminär uppgift');
    expect(formatShare(0.973, 'fi')).toBe(`97${NBSP}%`);
  });
});

describe('formatPeriod', () => {
  it.each([
    ['2025-09', 'fi', 'long', 'syyskuu 2025'],
    ['2025-09', 'sv', 'long', 'september 2025'],
    ['2025-09', 'en', 'long', 'September 2025'],
    ['2025-Q3', 'fi', 'long', '3. neljännes 2025'],
    ['2025-Q3', 'sv', 'long', '3:e kvartalet 2025'],
    ['2025-Q1', 'sv', 'long', '1:a kvartalet 2025'],
    ['2025-Q3', 'en', 'short', 'Q3 2025'],
    ['2025-09-14', 'fi', 'short', '14.9.2025'],
    ['2025-09-14', 'en', 'long', '14 September 2025'],
    ['2025', 'sv', 'long', '2025'],
    ['not a period', 'fi', 'long', 'not a period'],
  ] as const)('%s in %s (%s) is %j', (p, locale, style, expected) => {
    expect(formatPeriod(p, locale, style)).toBe(expected);
  });
});

describe('pluralForm', () => {
  it('picks the catalogue form by the language rules, shown decimals included', () => {
    expect(['fi', 'sv', 'en'].map((l) => pluralForm(1, l as 'fi'))).toEqual(['one', 'one', 'one']);
    expect(['fi', 'sv', 'en'].map((l) => pluralForm(2, l as 'fi'))).toEqual(['other', 'other', 'other']);
    expect(pluralForm(0, 'fi')).toBe('other');
    // "1,0 prosenttia": a shown decimal makes one plural in all three languages.
    expect(pluralForm(1, 'fi', 1)).toBe('other');
    expect(pluralForm(-1, 'sv')).toBe('one');
  });
});
