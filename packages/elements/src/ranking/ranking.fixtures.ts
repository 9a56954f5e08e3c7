/**
 * Fixtures of the ranking stories and tests. Real data comes from the map's fixtures (the demo
 * datasets: Statistics Finland / TEM figures); the edge cases are obviously synthetic.
 */
import { parseDataset, type Dataset } from '@mittari/core';
import { SYNTHETIC_REGIONS } from '../map/map.fixtures.js';

export { demoDataset, syntheticRegions, type DemoLevel } from '../map/map.fixtures.js';

/**
 * SYNTHETIC (made-up numbers, not statistics): {@link SYNTHETIC_REGIONS} with the indicator
 * turned round to `higher-is-better`, so a test can see the order follow the direction.
 */
export function syntheticHigherIsBetter(): Dataset {
  const [indicator] = SYNTHETIC_REGIONS.indicators;
  const r = parseDataset({
    ...SYNTHETIC_REGIONS,
    indicators: [{ ...indicator, direction: 'higher-is-better' }],
  });
  if (!r.success) throw new Error(`synthetic fixture did not parse: ${r.error.message}`);
  return r.data;
}
