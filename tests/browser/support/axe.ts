// axe-core in the page: `import 'axe-core/axe.min.js'` sets `window.axe`.
import 'axe-core/axe.min.js';

interface AxeResult {
  violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
}
interface Axe {
  run(context: Element | Document, options?: unknown): Promise<AxeResult>;
}

/** The axe violations inside `el` (shadow roots included), as short readable strings. */
export async function axeViolations(el: Element): Promise<string[]> {
  const axe = (globalThis as unknown as { axe: Axe }).axe;
  const result = await axe.run(el, { resultTypes: ['violations'] });
  return result.violations.map(
    (v) => `${v.id} (${v.impact ?? ''}): ${v.help} — ${JSON.stringify(v.nodes.map((n) => n.target))}`,
  );
}
