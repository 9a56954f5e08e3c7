import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearSharedClients } from '@mittari/client';
import './source.js';
import type { MittariSource } from './source.component.js';
import { mount, unmountAll, until } from '../../../../tests/browser/support/mount.js';

beforeEach(() => clearSharedClients());
afterEach(() => {
  unmountAll();
  vi.unstubAllGlobals();
});

describe('<mittari-source>', () => {
  it('shows nothing and yields a validated descriptor from attributes', async () => {
    const el = await mount<MittariSource>(
      '<mittari-source id="s1" url="/data/x.json"></mittari-source>',
      'mittari-source',
    );
    await expect(el.descriptor()).resolves.toEqual({ format: 'mittari', url: '/data/x.json' });
    expect(el.shadowRoot?.querySelector('[role="alert"]')).toBeNull();
    expect(el.getBoundingClientRect().height).toBe(0);
  });

  it('reads a JSON script as data, never running it, attributes winning over it', async () => {
    (globalThis as { __ran?: boolean }).__ran = false;
    const el = await mount<MittariSource>(
      '<mittari-source id="s2" url="/data/y.json"><script type="application/json">{"format":"mittari","url":"/data/ignored.json"}</script></mittari-source>',
      'mittari-source',
    );
    await expect(el.descriptor()).resolves.toEqual({ format: 'mittari', url: '/data/y.json' });
    expect((globalThis as { __ran?: boolean }).__ran).toBe(false);
  });

  it('reports an invalid declaration accessibly, with no request made', async () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const el = await mount<MittariSource>(
      '<mittari-source id="bad"><script type="application/json">{"format":"pxweb","__proto__":{"x":1}}</script></mittari-source>',
      'mittari-source',
    );
    await expect(el.descriptor()).rejects.toBeTruthy();
    await until(el, () => el.shadowRoot?.querySelector('[role="alert"]') !== null);
    expect(el.shadowRoot?.textContent).toContain('bad');
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('reports JSON that does not parse', async () => {
    const el = await mount<MittariSource>(
      '<mittari-source id="broken"><script type="application/json">{nope</script></mittari-source>',
      'mittari-source',
    );
    await expect(el.descriptor()).rejects.toBeTruthy();
    await until(el, () => el.shadowRoot?.querySelector('[role="alert"]') !== null);
  });
});
