import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearSharedClients } from '@mittari/client';
import '../kpi/kpi.js';
import { parseDataset, type Dataset } from '@mittari/core';
import './table.js';
import type { MittariTable } from './table.component.js';
import { EMPLOYMENT_AREAS_EXCERPT, HOSTILE, SYNTHETIC_HOSTILE_DOCUMENT } from '../gauge/gauge.fixtures.js';
import type { TableModel } from '../internal/table-model.js';
import { axeViolations } from '../../../../tests/browser/support/axe.js';
import { mount, shadowText, unmountAll, until } from '../../../../tests/browser/support/mount.js';

function dataset(doc: unknown = EMPLOYMENT_AREAS_EXCERPT): Dataset {
  const r = parseDataset(doc);
  if (!r.success) throw new Error(r.error.message);
  return r.data;
}
const root = (el: MittariTable) => el.shadowRoot as ShadowRoot;
const firstColumn = (el: MittariTable) =>
  Array.from(root(el).querySelectorAll('tbody tr')).map((tr) => tr.children[0]?.textContent?.trim());

beforeEach(() => {
  clearSharedClients();
  document.documentElement.lang = 'fi';
});
afterEach(() => {
  unmountAll();
  vi.unstubAllGlobals();
});

describe('<mittari-table>', () => {
  it('lists every area in a period with a caption, units in headers, right-aligned numbers', async () => {
    const el = await mount<MittariTable>(
      '<mittari-table indicator="unemployed-share" period="2025-01"></mittari-table>',
      'mittari-table',
      (t) => (t.data = dataset()),
    );
    expect(root(el).querySelector('caption')?.textContent).toContain('tammikuu 2025');
    expect(root(el).querySelector('thead')?.textContent).toContain('(%)');
    const num = root(el).querySelector('td.num') as HTMLElement;
    expect(getComputedStyle(num).textAlign).toBe('end');
    // By name until sorted otherwise.
    expect(firstColumn(el)).toEqual([
      'Kirkkonummi-Vihti-Siuntio',
      'Pohjois- ja Itä-Lappi',
      'Tampereen seutu',
    ]);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('sorts by a column on click, numbers numerically, with aria-sort', async () => {
    const el = await mount<MittariTable>(
      '<mittari-table indicator="unemployed-share" period="2025-01"></mittari-table>',
      'mittari-table',
      (t) => (t.data = dataset()),
    );
    const valueHeader = root(el).querySelectorAll('thead th')[1] as HTMLElement;
    (valueHeader.querySelector('button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(valueHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(firstColumn(el)).toEqual([
      'Kirkkonummi-Vihti-Siuntio',
      'Pohjois- ja Itä-Lappi',
      'Tampereen seutu',
    ]);
    (valueHeader.querySelector('button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(valueHeader.getAttribute('aria-sort')).toBe('descending');
    expect(firstColumn(el)).toEqual([
      'Tampereen seutu',
      'Pohjois- ja Itä-Lappi',
      'Kirkkonummi-Vihti-Siuntio',
    ]);
  });

  it('shows one area as a series, statuses as words, and switches language live', async () => {
    const el = await mount<MittariTable>(
      '<mittari-table indicator="unemployed-share" area="TA28"></mittari-table>',
      'mittari-table',
      (t) => (t.data = dataset()),
    );
    expect(root(el).querySelectorAll('tbody tr').length).toBe(25);
    expect(shadowText(el)).toContain('arvio');
    el.lang = 'sv';
    await until(el, () => shadowText(el).includes('Norra och Östra Lappland'));
    expect(shadowText(el)).toContain('uppskattning');
  });

  it('takes a ready TableModel and exports it as CSV (suppressed as its status)', async () => {
    const model: TableModel = {
      caption: 'Synthetic',
      columns: [
        { key: 'a', label: 'Area' },
        { key: 'v', label: 'Value', unit: '%', numeric: true },
      ],
      rows: [
        [{ text: 'A' }, { text: '1.5%', value: 1.5, status: 'final' }],
        [
          { text: '=HYPERLINK("x")' },
          { text: 'suppressed', value: null, status: 'suppressed', statusText: 'suppressed' },
        ],
      ],
    };
    const el = await mount<MittariTable>(
      '<mittari-table lang="en"></mittari-table>',
      'mittari-table',
      (t) => (t.data = model),
    );
    expect(el.toCsv()).toBe('Area,Value (%)\r\nA,1.5\r\n"\'=HYPERLINK(""x"")",suppressed\r\n');
  });

  it('renders hostile labels as text', async () => {
    const el = await mount<MittariTable>(
      '<mittari-table indicator="synthetic-count"></mittari-table>',
      'mittari-table',
      (t) => (t.data = dataset(SYNTHETIC_HOSTILE_DOCUMENT)),
    );
    expect(root(el).querySelector('img, script, a[href^="javascript"]')).toBeNull();
    expect(shadowText(el)).toContain(HOSTILE.img);
  });

  it('loads by attributes only, sharing one request with a KPI tile on the same src', async () => {
    const fetchSpy = vi.fn(
      async () =>
        new Response(JSON.stringify(EMPLOYMENT_AREAS_EXCERPT), {
          headers: { 'content-type': 'application/json' },
        }),
    );
    vi.stubGlobal('fetch', fetchSpy);
    const el = await mount<MittariTable>(
      '<mittari-kpi src="/data/shared.json" indicator="unemployed-share" area="TA15"></mittari-kpi><mittari-table src="/data/shared.json" indicator="unemployed-share"></mittari-table>',
      'mittari-table',
    );
    const kpi = document.querySelector('mittari-kpi') as HTMLElement & { updateComplete: Promise<boolean> };
    await until(el, () => root(el).querySelector('tbody tr') !== null);
    await until(kpi, () => kpi.shadowRoot?.querySelector('[part~="value"]') !== null);
    expect(kpi.shadowRoot?.querySelector('[part~="value"]')?.textContent?.trim()).toBe('9,5\u00a0%');
    expect(root(el).querySelectorAll('tbody tr').length).toBe(3);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });
});
