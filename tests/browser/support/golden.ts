// Golden SVG snapshots for the browser tests (style habit 9): the serialised SVG is compared
// with tests/output/golden/<name>.svg; a missing golden is written (first run), a mismatch
// writes <name>-changed.svg beside it and fails. Paths are relative to the repository root.
import { commands } from 'vitest/browser';
import { expect } from 'vitest';

const DIR = 'tests/output/golden';

/** Compares `svg` with the golden file `<name>.svg`, writing it when missing. */
export async function expectGolden(name: string, svg: string): Promise<void> {
  const path = `${DIR}/${name}.svg`;
  let golden: string | undefined;
  try {
    golden = await commands.readFile(path);
  } catch {
    golden = undefined;
  }
  if (golden === undefined) {
    await commands.writeFile(path, `${svg}\n`);
    return;
  }
  if (golden.trimEnd() !== svg) {
    await commands.writeFile(`${DIR}/${name}-changed.svg`, `${svg}\n`);
    expect.fail(
      `golden SVG ${path} changed: compare with ${DIR}/${name}-changed.svg (delete the golden to accept)`,
    );
  }
}
