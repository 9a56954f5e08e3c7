// publint (strict) and Are the Types Wrong (ESM only) on every published package.
import { spawnSync } from 'node:child_process';

const packages = ['core', 'client', 'geo-fi', 'elements'];
let failures = 0;
for (const name of packages) {
  const dir = `packages/${name}`;
  for (const command of [
    `pnpm exec publint ${dir} --strict`,
    `pnpm exec attw --pack ${dir} --profile esm-only --format table-flipped`,
  ]) {
    console.log(`$ ${command}`);
    const run = spawnSync(command, { stdio: 'inherit', shell: true });
    if (run.status !== 0) failures++;
  }
}
if (failures) {
  console.error(`${failures} packaging check(s) failed`);
  process.exit(1);
}
