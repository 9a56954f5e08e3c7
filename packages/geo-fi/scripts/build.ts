/**
 * Regenerates every committed output of @mittari/geo-fi from ../shared/data:
 * src/generated/*.ts (classification tables), src/asset-urls.ts and assets/*.topo.json.
 *
 *   pnpm exec tsx packages/geo-fi/scripts/build.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { resolve } from 'node:path';
import { readClassification } from './lib/classification.js';
import { membershipModule, mergersModule, namesModule } from './lib/emit-tables.js';
import { buildBoundaries } from './lib/boundaries.js';
import { ASSETS_DIR, GENERATED_DIR, PACKAGE_DIR, SHARED_DATA_DIR } from './lib/paths.js';

const classification = readClassification(SHARED_DATA_DIR);
mkdirSync(GENERATED_DIR, { recursive: true });
writeFileSync(resolve(GENERATED_DIR, 'names.ts'), namesModule(classification));
writeFileSync(resolve(GENERATED_DIR, 'membership.ts'), membershipModule(classification));
writeFileSync(resolve(GENERATED_DIR, 'mergers.ts'), mergersModule(classification));
console.log(
  `classification: ${classification.years[0]}–${classification.years.at(-1)}, ${classification.municipalities.size} municipality codes, ${classification.mergers.size} mergers, ${classification.inferred.length} inferred memberships`,
);

if (!process.argv.includes('--tables-only')) {
  mkdirSync(ASSETS_DIR, { recursive: true });
  const { report, urlModule, crossCheck } = buildBoundaries(SHARED_DATA_DIR, classification, ASSETS_DIR);
  const target = resolve(PACKAGE_DIR, 'src/asset-urls.ts');
  // asset-urls.ts is linted like hand-written code, so it is written as prettier would.
  writeFileSync(target, await format(urlModule, { ...(await resolveConfig(target)), filepath: target }));
  for (const line of [...report, crossCheck]) console.log(line);
}
