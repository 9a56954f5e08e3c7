import { describe, expect, it } from 'vitest';
import { load, TAGS } from './cdn.js';

// The CMS entry (decision 0161): an element's code arrives when its tag does.
describe('CMS bundle entry', () => {
  it('registers an element when its tag is added to the page, and no element that is absent', async () => {
    expect(customElements.get('mittari-ranking')).toBeUndefined();
    const host = document.createElement('section');
    host.innerHTML = '<div><mittari-ranking></mittari-ranking></div>'; // the test's own constant markup
    document.body.append(host);
    await expect
      .poll(() => customElements.get('mittari-ranking') !== undefined, { timeout: 10_000 })
      .toBe(true);
    expect(customElements.get('mittari-trend')).toBeUndefined();
    expect(host.querySelector('mittari-ranking')?.shadowRoot).not.toBeNull();
    host.remove();
  });

  it('loads named elements on request, for pages that build elements from script', async () => {
    expect(customElements.get('mittari-table')).toBeUndefined();
    await load('mittari-table');
    expect(customElements.get('mittari-table')).toBeDefined();
  });

  it('rejects a tag it does not have, saying which', async () => {
    await expect(load('mittari-gauge', 'mittari-gauges' as never)).rejects.toThrow(/<mittari-gauges>/);
  });

  it('offers every element, and loads them all when none is named', async () => {
    expect(TAGS).toHaveLength(8);
    await load();
    expect(TAGS.filter((t) => !customElements.get(t))).toEqual([]);
  });
});
