import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import type { Dataset } from '../packages/core/src/index.js';
import '../packages/elements/src/ranking/ranking.js';
import { FORCED_COLOURS_PREVIEW, HANGING_URL, installStoryFetch, MISSING_URL } from './fixtures/elements.js';
import { demoDataset, syntheticRegions, type DemoLevel } from '../packages/elements/src/map/map.fixtures.js';

/** `<mittari-ranking>`, the map's accessible twin. Data: the demo datasets (real figures) and one synthetic set. */
interface Args {
  level: DemoLevel;
  indicator: string;
  period: string;
  lang: 'fi' | 'sv' | 'en';
  theme: 'light' | 'dark';
  highlight: string;
  compare: string;
}

const render = (a: Args, { loaded }: { loaded: Record<string, unknown> }) =>
  html`<div style="max-width:640px;padding:1rem;background:${a.theme === 'dark' ? '#16181b' : '#fff'}">
    <mittari-ranking
      .data=${loaded.data as Dataset | undefined}
      level=${a.level}
      indicator=${a.indicator}
      period=${a.period}
      lang=${a.lang}
      theme=${a.theme}
      highlight=${a.highlight}
      compare=${a.compare}
    ></mittari-ranking>
  </div>`;

const meta = {
  title: 'Elements/Ranking',
  component: 'mittari-ranking',
  render,
  args: {
    level: 'region',
    indicator: 'unemployed-share',
    period: '2025-01',
    lang: 'fi',
    theme: 'light',
    highlight: 'MK06',
    compare: 'SSS',
  },
  loaders: [async ({ args }: { args: Args }) => ({ data: await demoDataset(args.level) })],
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

installStoryFetch();

/** Waits until the element's shadow root shows `selector` (data and boundaries load asynchronously). */
async function shown(canvasElement: HTMLElement, tag: string, selector: string): Promise<Element> {
  for (let i = 0; i < 250; i++) {
    const found = canvasElement.querySelector(tag)?.shadowRoot?.querySelector(selector);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new globalThis.Error(`${tag} never showed ${selector}`);
}

export const Fi: Story = {};
export const Sv: Story = { args: { lang: 'sv', level: 'wellbeing-county', highlight: 'HVA15' } };
export const En: Story = { args: { lang: 'en', level: 'employment-area', highlight: 'TA13' } };
export const Dark: Story = { args: { theme: 'dark' } };
/**
 * Forced colours (Windows High Contrast). A story cannot switch the browser into forced-colors
 * mode, so this previews it by setting the public tokens to the system colours the component's
 * `@media (forced-colors: active)` rules use; Chromatic captures the real mode from
 * `chromatic.forcedColors`, and ranking.test.ts checks those rules.
 */
export const ForcedColours: Story = {
  parameters: { chromatic: { forcedColors: 'active' } },
  render: (a, ctx) =>
    html`<div
      style=${`${FORCED_COLOURS_PREVIEW};background:Canvas;color:CanvasText;padding:1rem;max-width:640px`}
    >
      ${render(a, ctx)}
    </div>`,
  play: async ({ canvasElement }) => {
    const host = canvasElement.querySelector('mittari-ranking');
    await shown(canvasElement, 'mittari-ranking', '[data-mark]');
    await expect(host ? getComputedStyle(host).getPropertyValue('--mittari-color-focus').trim() : '').toBe(
      'Highlight',
    );
  },
};
export const SuppressedAndMissing: Story = {
  args: { indicator: 'synthetic-share', highlight: 'MK01' },
  loaders: [async () => ({ data: syntheticRegions() })],
};
/** Waiting for data: a request that never answers. */
export const Loading: Story = {
  render: () =>
    html`<mittari-ranking
      src=${HANGING_URL}
      level="region"
      indicator="unemployed-share"
      lang="fi"
    ></mittari-ranking>`,
  play: async ({ canvasElement }) => {
    const state = await shown(canvasElement, 'mittari-ranking', '.state-loading');
    await expect(state.textContent).toMatch(/Ladataan tietoja/);
  },
};
/** The data URL answers 404: a translated (Swedish) error with a retry button. */
export const Error: Story = {
  render: () =>
    html`<mittari-ranking
      src=${MISSING_URL}
      level="region"
      indicator="unemployed-share"
      lang="sv"
    ></mittari-ranking>`,
  play: async ({ canvasElement }) => {
    const state = await shown(canvasElement, 'mittari-ranking', '.state-error');
    await expect(state.getAttribute('role')).toBe('alert');
    await expect(state.textContent).toMatch(/De begärda uppgifterna hittades inte/);
    await expect(state.querySelector('button')).not.toBeNull();
  },
};
export const Empty: Story = { args: { indicator: 'no-such-indicator' } };
