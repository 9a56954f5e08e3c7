import { describe, expect, it } from 'vitest';
import { alandMunicipalities, labourForce2025, loadCommitted, members, share12r5 } from './test-support.js';

const share = share12r5();
const aland = alandMunicipalities();
const months = [...(share.get('KU091')?.keys() ?? [])].sort();
const alandComplete = (month: string): boolean => aland.every((m) => share.get(m)?.get(month) != null);

describe('Åland, coverage and mainland Finland', () => {
  it('has the 16 Åland municipalities and 217 months to test against', () => {
    expect(aland).toHaveLength(16);
    expect(months).toHaveLength(217);
    // The premise of the rule: some Åland municipality lacks a value in almost every month.
    expect(months.filter((m) => !alandComplete(m)).length).toBeGreaterThan(200);
  });

  it('never gives the whole country (SSS) a share that leaves an Åland municipality out', () => {
    const country = loadCommitted('country.json');
    for (const month of months) {
      const o = country.observations.get('unemployed-share', 'SSS', month);
      if (alandComplete(month)) {
        expect(o?.status, month).toBe('estimate');
        expect(o?.value, month).not.toBeNull();
      } else {
        expect(o?.status, month).toBe('missing');
        expect(o?.value, month).toBeNull();
      }
    }
  });

  it('gives mainland Finland (MA1), named as such, a full-coverage value in every month', () => {
    const country = loadCommitted('country.json');
    expect(country.areas.get('MA1')?.label).toEqual({
      fi: 'Manner-Suomi',
      sv: 'Fastlandsfinland',
      en: 'Mainland Finland',
    });
    expect(members('MA1', 2025)).toHaveLength(308 - 16);
    for (const month of months) {
      const o = country.observations.get('unemployed-share', 'MA1', month);
      expect(o?.status, month).toBe('estimate');
      expect(o?.note, month).toBeUndefined();
      expect(o?.value).toBeGreaterThan(0);
    }
  });

  it('publishes a partly covered area only at ≥ 90 % of its labour force, and says the coverage', () => {
    // Åland's wellbeing county (HVA91) has exactly Åland's municipalities.
    const weight = labourForce2025();
    const counties = loadCommitted('wellbeing-county.json');
    const seen = { full: 0, partial: 0, dropped: 0 };
    for (const month of months) {
      let total = 0;
      let covered = 0;
      for (const m of aland) {
        total += weight(m, month);
        if (share.get(m)?.get(month) != null) covered += weight(m, month);
      }
      const coverage = covered / total;
      const o = counties.observations.get('unemployed-share', 'HVA91', month);
      if (coverage === 1) {
        seen.full++;
        expect(o?.note, month).toBeUndefined();
      } else if (coverage >= 0.9) {
        seen.partial++;
        expect(o?.status, month).toBe('estimate');
        const stated = Number(/coverage (\d+(?:\.\d+)?) %/.exec(o?.note ?? '')?.[1]);
        expect(stated, month).toBeLessThan(100);
        expect(Math.abs(stated - 100 * coverage), month).toBeLessThanOrEqual(0.1);
      } else {
        seen.dropped++;
        expect(o?.status, month).toBe('missing');
      }
    }
    expect(seen.partial).toBeGreaterThan(0);
  });

  it('marks every aggregated value an estimate and keeps the published figures final', () => {
    for (const file of [
      'country.json',
      'region.json',
      'employment-area.json',
      'wellbeing-county.json',
      'elinvoimakeskus.json',
    ]) {
      const d = loadCommitted(file);
      for (const o of d.observations.select({ indicator: 'unemployed-share' }))
        expect(['estimate', 'missing']).toContain(o.status);
    }
    const municipalities = loadCommitted('municipality.json');
    expect(municipalities.observations.get('unemployed-share', 'KU837', '2025-01')).toMatchObject({
      value: 13.8,
      status: 'final',
    });
    // A source NA stays missing, with no number behind it.
    expect(municipalities.observations.get('unemployed-share', 'KU438', '2025-01')).toMatchObject({
      value: null,
      status: 'missing',
    });
  });

  it('leaves Åland out of the employment areas, since it runs its own services', () => {
    const areas = loadCommitted('employment-area.json');
    expect([...areas.areas.keys()]).toHaveLength(45);
    const allMembers = Object.values(areas.memberships[0]?.members ?? {}).flat();
    expect(allMembers).toHaveLength(308 - 16);
    for (const m of aland) expect(allMembers).not.toContain(m);
  });
});
