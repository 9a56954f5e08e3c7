import { afterEach, describe, expect, it } from 'vitest';
import './lang-switch.js';
import '../gauge/gauge.js';
import type { MittariLangSwitch } from './lang-switch.component.js';
import { axeViolations } from '../../../../tests/browser/support/axe.js';
import { mount, unmountAll } from '../../../../tests/browser/support/mount.js';

afterEach(() => {
  unmountAll();
  document.documentElement.lang = 'fi';
});

describe('<mittari-lang-switch>', () => {
  it('sets lang on the page by default, marks the current language pressed, fires mittari-lang-change', async () => {
    document.documentElement.lang = 'fi';
    const el = await mount<MittariLangSwitch>(
      '<mittari-lang-switch></mittari-lang-switch>',
      'mittari-lang-switch',
    );
    const buttons = Array.from(el.shadowRoot?.querySelectorAll('button') ?? []);
    expect(buttons.map((b) => b.textContent?.trim())).toEqual(['suomi', 'svenska', 'English']);
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(['true', 'false', 'false']);
    const changed = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('mittari-lang-change', (e) => resolve(e), { once: true }),
    );
    buttons[1]?.click();
    expect((await changed).detail).toEqual({ lang: 'sv' });
    expect(document.documentElement.lang).toBe('sv');
    await el.updateComplete;
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'true', 'false']);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('switches only its target container, and the elements inside follow', async () => {
    const el = await mount<MittariLangSwitch>(
      '<mittari-lang-switch target="#box"></mittari-lang-switch><div id="box" lang="fi"><mittari-gauge></mittari-gauge></div>',
      'mittari-lang-switch',
    );
    const gauge = document.querySelector('#box mittari-gauge') as HTMLElement & {
      locale: string;
      updateComplete: Promise<boolean>;
    };
    expect(gauge.locale).toBe('fi');
    (el.shadowRoot?.querySelectorAll('button')[2] as HTMLButtonElement).click();
    expect(document.getElementById('box')?.lang).toBe('en');
    expect(document.documentElement.lang).toBe('fi');
    await new Promise((r) => setTimeout(r, 0));
    await gauge.updateComplete;
    expect(gauge.locale).toBe('en');
    expect(gauge.shadowRoot?.textContent).toContain('No data to show.');
  });

  it('does nothing (and does not throw) for a target that does not exist or an invalid selector', async () => {
    const el = await mount<MittariLangSwitch>(
      '<mittari-lang-switch target="##bad"></mittari-lang-switch>',
      'mittari-lang-switch',
    );
    expect(() => el.select('sv')).not.toThrow();
    expect(document.documentElement.lang).toBe('fi');
  });
});
