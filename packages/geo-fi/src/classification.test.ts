import { describe, expect, it } from 'vitest';
import { classification } from './classification.js';
import { GROUPING_LEVELS } from './levels.js';
import { areaOf, membership, membersOf } from './membership.js';
import { CLASSIFICATION_YEARS, areaInfo, areaLabel, areasOf, levelYears } from './names.js';

const MUNICIPALITY_COUNTS: Record<number, number> = {
  2013: 320,
  2014: 320,
  2015: 317,
  2016: 313,
  2017: 311,
  2018: 311,
  2019: 311,
  2020: 310,
  2021: 309,
  2022: 309,
  2023: 309,
  2024: 309,
  2025: 308,
  2026: 308,
};

describe('classification', () => {
  it('covers 2013–2026 with as many municipalities as each year had', () => {
    expect(CLASSIFICATION_YEARS).toEqual(Object.keys(MUNICIPALITY_COUNTS).map(Number));
    for (const year of CLASSIFICATION_YEARS) {
      expect(classification(year).levels.municipality, String(year)).toHaveLength(MUNICIPALITY_COUNTS[year]!);
    }
  });

  it('has each level only in the years it existed', () => {
    expect(levelYears('wellbeing-county')).toEqual([2018, 2026]);
    expect(levelYears('employment-area')).toEqual([2025, 2026]);
    expect(levelYears('ely-centre')).toEqual([2013, 2025]);
    expect(levelYears('elinvoimakeskus')).toEqual([2026, 2026]);
    expect(Object.keys(classification(2024).levels)).not.toContain('employment-area');
    expect(Object.keys(classification(2026).levels)).not.toContain('ely-centre');
    expect(classification(2026).levels.elinvoimakeskus).toHaveLength(10);
    expect(classification(2025).levels.region).toHaveLength(19);
    expect(classification(2025).levels['wellbeing-county']?.map((a) => a.code)).toEqual(
      expect.arrayContaining(['HVA01', 'HVA21', 'HVA90', 'HVA91']),
    );
    expect(classification(2025).levels.country?.map((a) => a.code)).toEqual(['MA1', 'SSS']);
  });

  it('gives every municipality of every year exactly one area of each level that exists that year', () => {
    for (const year of CLASSIFICATION_YEARS) {
      const municipalities = areasOf('municipality', year).map((a) => a.code);
      for (const level of GROUPING_LEVELS) {
        const [first, last] = levelYears(level);
        const map = membership(level, year);
        if (year < first || year > last) {
          expect(map.size, `${level} ${year}`).toBe(0);
          continue;
        }
        const areas = new Set(areasOf(level, year).map((a) => a.code));
        const regions = membership('region', year);
        for (const m of municipalities) {
          const isAland = regions.get(m) === 'MK21';
          if (level === 'employment-area' && isAland) expect(map.has(m)).toBe(false);
          else expect(areas.has(map.get(m) ?? ''), `${m} ${level} ${year}`).toBe(true);
        }
        // Every area has members: no empty areas listed for the year.
        expect(new Set(map.values()).size, `${level} ${year}`).toBe(areas.size);
      }
    }
  });

  it('covers every mainland municipality of 2025 exactly once with the 45 employment areas', () => {
    const areas = areasOf('employment-area', 2025);
    expect(areas).toHaveLength(45);
    const seen = new Map<string, string>();
    for (const a of areas) {
      for (const m of membersOf(a.code, 2025)) {
        expect(seen.has(m), `${m} in ${a.code} and ${seen.get(m)}`).toBe(false);
        seen.set(m, a.code);
      }
    }
    expect([...seen.keys()].sort()).toEqual(membersOf('MA1', 2025));
    expect(membersOf('MA1', 2025)).toHaveLength(308 - 16);
    expect(membersOf('TA01', 2025)).toEqual(['KU049', 'KU235']);
  });

  it('follows municipalities that moved between regions', () => {
    expect(areaOf('KU090', 'region', 2020)).toBe('MK10');
    expect(areaOf('KU090', 'region', 2021)).toBe('MK12');
    expect(areaOf('KU142', 'region', 2021)).toBe('MK07');
  });

  it('names areas in Finnish, Swedish and English', () => {
    expect(areaInfo('KU091')?.label).toEqual({ fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' });
    expect(areaLabel('MK02', 'en')).toBe('Southwest Finland');
    expect(areaLabel('TA46')).toBeUndefined();
    expect(areaInfo('KU588')?.years).toEqual([2013, 2024]);
    expect(areaLabel('SSS', 'sv')).toBe('Hela landet');
  });

  it('has no membership outside the years an area existed', () => {
    expect(membersOf('KU588', 2025)).toEqual([]);
    expect(membersOf('ELY01', 2026)).toEqual([]);
    expect(membersOf('HVA90', 2023)).toEqual(['KU091']);
  });
});
