import { afterEach, describe, expect, it } from 'vitest';
import { resolveLocale, toLocale } from './locale.js';

afterEach(() => {
  document.documentElement.lang = 'fi';
  document.body.replaceChildren();
});

describe('locale', () => {
  it('maps BCP 47 tags', () => {
    expect(toLocale('sv-FI')).toBe('sv');
    expect(toLocale('en_GB')).toBe('en');
    expect(toLocale('de')).toBeUndefined();
  });
  it('takes the element’s lang, else the nearest ancestor’s across shadow roots, else the document’s', () => {
    document.documentElement.lang = 'en';
    const outer = document.createElement('div');
    outer.lang = 'sv';
    const host = document.createElement('div');
    outer.append(host);
    document.body.append(outer);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    shadow.append(inner);
    expect(resolveLocale(inner)).toBe('sv');
    inner.lang = 'fi';
    expect(resolveLocale(inner)).toBe('fi');
    outer.lang = 'de'; // unsupported: skipped
    inner.removeAttribute('lang');
    expect(resolveLocale(inner)).toBe('en');
  });
});
