import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Dataset } from '../packages/core/src/index.js';
import '../packages/elements/src/ranking/ranking.js';
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
  args: { level: 'region', indicator: 'unemployed-share', period: '2025-01', lang: 'fi', theme: 'light', highlight: 'MK06', compare: 'SSS' },
  loaders: [async ({ args }: { args: Args }) => ({ data: await demoDataset(args.level) })],
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

export const Fi: Story = {};
export const Sv: Story = { args: { lang: 'sv', level: 'wellbeing-county', highlight: 'HVA15' } };
export const En: Story = { args: { lang: 'en', level: 'employment-area', highlight: 'TA13' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const ForcedColours: Story = {};
export const SuppressedAndMissing: Story = {
  args: { indicator: 'synthetic-share', highlight: 'MK01' },
  loaders: [async () => ({ data: syntheticRegions() })],
};
export const Error: Story = {
  render: () => html`<mittari-ranking source="no-such-source" level="region" indicator="x"></mittari-ranking>`,
};
export const Empty: Story = { args: { indicator: 'no-such-indicator' } };
