import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../packages/core/src/index.js';
import { FIRST_VIEW, FIRST_VIEW_BUDGET_GZIP, gzipSize, serialise } from './build.js';
import { buildDataset, FILES } from './dataset.js';
import { committedText, loadCommitted } from './test-support.js';

const here = dirname(fileURLToPath(import.meta.url));
const ALL = Object.values(FILES);

describe('the committed dataset files', () => {
  it('are exactly what the build script makes from ../shared/data now', () => {
    const built = buildDataset();
    expect([...built.keys()].sort()).toEqual([...ALL].sort());
    for (const [file, doc] of built)
      expect(
        serialise(doc) === committedText(file),
        `${file} is stale: run pnpm exec tsx demo/data/build.ts`,
      ).toBe(true);
  }, 60_000);

  for (const file of ALL) {
    it(`${file} passes core's parseDataset, also with small-count suppression on`, () => {
      const text = committedText(file);
      const plain = parseDataset(text);
      expect(plain.success ? 'ok' : plain.error.message).toBe('ok');
      const suppressed = parseDataset(text, { suppressBelow: 5 });
      expect(suppressed.success ? 'ok' : suppressed.error.message).toBe('ok');
    });
  }

  it('keep what the first view loads within 1.5 MB gzip', () => {
    const total = FIRST_VIEW.reduce((sum, file) => sum + gzipSize(committedText(file)), 0);
    expect(total).toBeLessThanOrEqual(FIRST_VIEW_BUDGET_GZIP);
    const index = JSON.parse(readFileSync(join(here, 'index.json'), 'utf8')) as {
      firstView: string[];
      files: { file: string; gzipBytes: number }[];
    };
    expect(index.firstView).toEqual([...FIRST_VIEW]);
    expect(index.files.map((f) => f.file).sort()).toEqual([...ALL].sort());
  });

  it('carry source, tables, licence, pull date and notes in fi/sv/en', () => {
    for (const file of ALL) {
      const { meta, indicators } = loadCommitted(file);
      expect(meta.licence).toBe('CC BY 4.0');
      expect(meta.updated).toBe('2025-03-19');
      for (const t of [meta.title, ...(meta.notes ?? [])])
        expect(Object.keys(t).sort()).toEqual(['en', 'fi', 'sv']);
      const tables = (meta.sources ?? []).map((s) => s.table);
      for (const ind of indicators.values()) {
        expect(ind.synthetic).toBe(false);
        expect(ind.source?.licence).toBe('CC BY 4.0');
        expect(tables).toContain(ind.source?.table);
      }
      const names = (meta.sources ?? []).map((s) => s.name).join(' ');
      for (const who of ['Tilastokeskus', 'TEM', 'Maanmittauslaitos']) expect(names).toContain(who);
      expect(meta.notes?.some((n) => n.en?.includes('weighted by'))).toBe(true);
    }
  });

  it('flag every target as an example, labelled in all three languages with its rule', () => {
    let count = 0;
    for (const file of ALL) {
      for (const t of loadCommitted(file).targets) {
        count++;
        expect(t.example).toBe(true);
        expect(t.setBy?.fi).toMatch(/^Esimerkkitavoite/);
        expect(t.setBy?.sv).toMatch(/^Exempelmål/);
        expect(t.setBy?.en).toMatch(/^Example target/);
        expect(t.setBy?.en).toContain('3 years earlier minus 1 percentage point');
      }
    }
    expect(count).toBeGreaterThan(45 * 15);
  });

  it("set each example target from the area's own annual mean three years earlier, minus one point", () => {
    const d = loadCommitted('employment-area.json');
    const mean2021 =
      d.observations
        .series('unemployed-share', 'TA39', '2021-01', '2021-12')
        .reduce((s, o) => s + (o.value ?? NaN), 0) / 12;
    const target = d.targets.find((t) => t.area === 'TA39' && t.period === '2024-01');
    expect(target).toMatchObject({
      to: '2024-12',
      tolerance: { kind: 'absolute', value: 0.5 },
      example: true,
    });
    expect(target?.value).toBeCloseTo(mean2021 - 1, 1);
  });

  it('mark the TE24 break at 2025-01 and the January labour-force revisions', () => {
    const { annotations } = loadCommitted('employment-area.json');
    const te24 = annotations.filter((a) => a.kind === 'break');
    expect(te24).toHaveLength(1);
    expect(te24[0]).toMatchObject({ period: '2025-01', indicators: ['unemployed-share'] });
    expect(te24[0]?.label.sv).toContain('TE24');
    const revisions = annotations.filter((a) => a.kind === 'revision');
    expect(revisions.every((a) => a.period.endsWith('-01'))).toBe(true);
    // 2018's national step was 0.007 %, below the 0.1 % rule; every other year is listed.
    expect(revisions.map((a) => a.period)).not.toContain('2018-01');
    expect(revisions.map((a) => a.period)).toEqual(
      expect.arrayContaining(['2009-01', '2020-01', '2021-01', '2025-01']),
    );
    expect(revisions.find((a) => a.period === '2009-01')?.label.en).toMatch(/\+1\.0 %/);
  });
});
