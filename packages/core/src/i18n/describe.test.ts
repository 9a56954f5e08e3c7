import { describe, expect, it } from 'vitest';
import { describeObservation, describeRank } from './describe.js';

const share = {
  label: { fi: 'Työttömien osuus', sv: 'Andelen arbetslösa', en: 'Unemployed share' },
  unit: 'percent',
  decimals: 1,
  direction: 'lower-is-better',
} as const;
const persons = {
  label: { fi: 'Työttömät työnhakijat', sv: 'Arbetslösa arbetssökande', en: 'Unemployed jobseekers' },
  unit: 'persons',
  decimals: 0,
  direction: 'lower-is-better',
} as const;
const pirkanmaa = { label: { fi: 'Pirkanmaa', sv: 'Birkaland', en: 'Pirkanmaa' } };
const obs = { period: '2025-09', value: 10.8, status: 'provisional' } as const;

describe('describeObservation', () => {
  it('says area, value, target, gap, period and status in each language', () => {
    const d = (locale: 'fi' | 'sv' | 'en') =>
      describeObservation({
        indicator: share,
        area: pirkanmaa,
        observation: obs,
        target: { value: 9 },
        locale,
      }).replaceAll('\u00a0', ' ');
    expect(d('fi')).toBe(
      'Pirkanmaa: työttömien osuus 10,8 %, tavoite 9,0 %, 1,8 %-yks. tavoitetta heikompi (syyskuu 2025, ennakkotieto)',
    );
    expect(d('sv')).toBe(
      'Birkaland: andelen arbetslösa 10,8 %, mål 9,0 %, 1,8 procentenheter sämre än målet (september 2025, preliminär uppgift)',
    );
    expect(d('en')).toBe(
      'Pirkanmaa: unemployed share 10.8%, target 9.0%, 1.8 pp worse than target (September 2025, provisional)',
    );
  });

  it('writes screen-reader numbers without thousands separators', () => {
    const text = describeObservation({
      indicator: persons,
      area: 'Tampere',
      observation: { period: '2025-09', value: 11700, status: 'final' },
      change: { change: -1200, status: 'ok', reference: '2024-09', period: '2025-09' },
      locale: 'fi',
      form: 'screen-reader',
    });
    expect(text).toBe(
      'Tampere: työttömät työnhakijat 11700 henkilöä, muutos vuodentakaisesta \u22121200 henkilöä (syyskuu 2025)',
    );
    expect(text).not.toMatch(/\d[\s\u00a0\u202f]\d/);
  });

  it('describes a suppressed value as suppressed, never as a number, and marks example targets', () => {
    const text = describeObservation({
      indicator: persons,
      area: 'Kauniainen',
      observation: { period: '2025-09', value: 3, status: 'suppressed' },
      target: { value: 10, example: true },
      locale: 'sv',
    });
    expect(text).toBe(
      'Kauniainen: arbetslösa arbetssökande: uppgiften sekretessbelagd, exempelmål 10 (september 2025)',
    );
    expect(text).not.toContain('3');
  });

  it('keeps acronyms at the start of a label', () => {
    const text = describeObservation({
      indicator: { ...share, label: { fi: 'ELY-keskusten asiakastyytyväisyys' } },
      area: 'Uusimaa',
      observation: undefined,
      period: '2025',
      locale: 'fi',
    });
    expect(text).toBe('Uusimaa: ELY-keskusten asiakastyytyväisyys: ei tietoa (2025)');
  });

  it('mentions coverage of an estimate', () => {
    const text = describeObservation({
      indicator: share,
      area: 'TA13',
      observation: { period: '2025-09', value: 10, status: 'estimate' },
      coverage: 0.97,
      locale: 'en',
    });
    expect(text).toBe(
      'TA13: unemployed share 10.0%, (September 2025, estimate, coverage 97%)'.replace(', (', ' ('),
    );
  });
});

describe('describeRank', () => {
  it('writes n / N', () => {
    expect(describeRank({ rank: 3, of: 19 }, 'fi')).toBe('sija 3/19');
    expect(describeRank({ rank: null, of: 19 }, 'en')).toBe('No data');
  });
});
