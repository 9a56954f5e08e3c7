import { describe, expect, it } from 'vitest';
import { BUDGETS, formatSizes, measureSizes } from './sizes.js';

describe('boundary asset sizes', () => {
  const sizes = measureSizes();

  it('ships every layer in both projections', () => {
    expect(sizes).toHaveLength(24);
    expect(sizes.filter((s) => s.file.includes('-tm35.'))).toHaveLength(12);
  });

  it('keeps every asset within its gzip budget', () => {
    console.log(formatSizes(sizes).join('\n'));
    for (const s of sizes) expect(s.gzip, s.file).toBeLessThanOrEqual(s.budget);
    expect(sizes.find((s) => s.file === 'region-2025-tm35.topo.json')?.budget).toBe(BUDGETS.region);
  });
});
