import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Dataset } from '../packages/core/src/index.js';
import '../packages/elements/src/map/map.js';
import { demoDataset, syntheticRegions, type DemoLevel } from '../packages/elements/src/map/map.fixtures.js';

/** `<mittari-map>` in every level and state. Data: the demo datasets (real Statistics Finland / TEM figures) and one synthetic set. */
interface Args {
  level: DemoLevel;
  indicator: string;
  period: string;
  scale: 'sequential' | 'diverging';
  lang: 'fi' | 'sv' | 'en';
  theme: 'light' | 'dark';
  highlight: string;
  compare: string;
}

const render = (a: Args, { loaded }: { loaded: Record<string, unknown> }) =>
  html`<div style="max-width:640px;padding:1rem;background:${a.theme === 'dark' ? '#16181b' : '#fff'}">
    <mittari-map
      .data=${loaded.data as Dataset | undefined}
      level=${a.level}
      indicator=${a.indicator}
      period=${a.period}
      scale=${a.scale}
      lang=${a.lang}
      theme=${a.theme}
      highlight=${a.highlight}
      compare=${a.compare}
    ></mittari-map>
  </div>`;

const meta = {
  title: 'Elements/Map',
  component: 'mittari-map',
  render,
  args: { level: 'region', indicator: 'unemployed-share', period: '2025-01', scale: 'sequential', lang: 'fi', theme: 'light', highlight: 'MK06', compare: 'SSS' },
  loaders: [async ({ args }: { args: Args }) => ({ data: await demoDataset(args.level) })],
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

export const Fi: Story = {};
export const Sv: Story = { args: { lang: 'sv', level: 'wellbeing-county', highlight: 'HVA15' } };
export const En: Story = { args: { lang: 'en', level: 'elinvoimakeskus', highlight: 'EVK03' } };
export const Municipalities: Story = { args: { level: 'municipality', highlight: 'KU837' } };
export const EmploymentAreas: Story = { args: { level: 'employment-area', highlight: 'TA13' } };
export const Diverging: Story = { args: { scale: 'diverging' } };
export const Dark: Story = { args: { theme: 'dark', level: 'municipality' } };
export const ForcedColours: Story = { parameters: { chromatic: { forcedColors: 'active' } } };
export const SuppressedAndMissing: Story = {
  args: { indicator: 'synthetic-share', period: '2025-01', highlight: 'MK01' },
  loaders: [async () => ({ data: syntheticRegions() })],
};
export const Loading: Story = {
  render: () => html`<mittari-map src="data:application/json,never" level="region" indicator="x"></mittari-map>`,
};
export const Error: Story = {
  render: () => html`<mittari-map source="no-such-source" level="region" indicator="x"></mittari-map>`,
};
export const Empty: Story = { args: { indicator: 'no-such-indicator' } };
