// Mounting helpers for element browser tests. Markup passed here is the test's own constant
// text, never data; data goes in through properties.
import { vi } from 'vitest';

// Generous: retries with backoff and a loaded CI machine make states arrive late, never wrongly.
const WAIT = { timeout: 15_000, interval: 50 };

const containers: HTMLElement[] = [];

/** Appends `markup` in a 360 px wide container and returns the first `selector` match, rendered. */
export async function mount<T extends HTMLElement & { updateComplete?: Promise<boolean> }>(
  markup: string,
  selector: string,
  setup?: (el: T) => void,
): Promise<T> {
  const host = document.createElement('div');
  host.style.width = '360px';
  host.innerHTML = markup;
  document.body.append(host);
  containers.push(host);
  const el = host.querySelector(selector) as T;
  setup?.(el);
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
  return el;
}

/** Removes everything {@link mount} added. */
export function unmountAll(): void {
  for (const c of containers.splice(0)) c.remove();
}

/** Waits until `predicate` holds after the element's updates. */
export async function until(
  el: { updateComplete?: Promise<boolean> },
  predicate: () => boolean,
): Promise<void> {
  await vi.waitFor(async () => {
    await el.updateComplete;
    if (!predicate()) throw new Error('not yet');
  }, WAIT);
}

/** The shadow root's text with runs of ordinary whitespace collapsed (no-break spaces kept). */
export function shadowText(el: Element): string {
  return el.shadowRoot?.textContent?.replace(/[ \t\r\n]+/g, ' ') ?? '';
}

/**
 * Opens an element's data-table disclosure as a user would and waits for the rows: the table is
 * built only when its `<details>` opens.
 */
export async function openTable(el: HTMLElement & { updateComplete?: Promise<boolean> }): Promise<void> {
  const details = el.shadowRoot?.querySelector('details');
  if (!details) throw new Error(`${el.localName} has no table disclosure`);
  if (!details.open) {
    const toggled = new Promise((r) => details.addEventListener('toggle', r, { once: true }));
    details.open = true;
    await toggled;
  }
  await until(el, () => el.shadowRoot?.querySelector('table tbody tr') != null);
}
