import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/kpi/kpi.js';
import {
  EMPLOYMENT_AREAS_EXCERPT,
  SYNTHETIC_SUPPRESSED_DOCUMENT,
} from '../packages/elements/src/gauge/gauge.fixtures.js';
import {
  datasetOf,
  FORCED_COLOURS_PREVIEW,
  frame,
  HANGING_URL,
  installStoryFetch,
  MISSING_URL,
  shownIn,
} from './fixtures/elements.js';

installStoryFetch();

/** `<mittari-kpi>`: a KPI tile. Real data: unemployed jobseekers' share (StatFin 12r5), example targets. */
interface Args {
  area: string;
  period: string;
  periods: number;
}

const real = datasetOf(EMPLOYMENT_AREAS_EXCERPT);
const synthetic = datasetOf(SYNTHETIC_SUPPRESSED_DOCUMENT);
const kpi = (a: Args, theme = 'auto', style = '') =>
  html`<mittari-kpi
    theme=${theme}
    style=${style}
    indicator="unemployed-share"
    area=${a.area}
    period=${a.period}
    periods=${a.periods}
    .data=${real}
  ></mittari-kpi>`;

const meta = {
  title: 'Elements/KPI tile',
  component: 'mittari-kpi',
  args: { area: 'TA39', period: '2024-12', periods: 12 },
  render: (a) => frame(kpi(a)),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Fi: Story = {};
export const Sv: Story = {
  args: { area: 'TA28' },
  render: (a) => frame(kpi(a), { lang: 'sv', width: '260px' }),
};
export const En: Story = { render: (a) => frame(kpi(a), { lang: 'en' }) };
export const AcrossTheTe24Break: Story = { args: { period: '2025-01' } };
export const Dark: Story = { render: (a) => frame(kpi(a, 'dark'), { dark: true }) };
export const ForcedColours: Story = { render: (a) => frame(kpi(a, 'auto', FORCED_COLOURS_PREVIEW)) };
const loading = html`<mittari-kpi src=${HANGING_URL}></mittari-kpi>`;
const failing = html`<mittari-kpi src=${MISSING_URL}></mittari-kpi>`;
const empty = html`<mittari-kpi
  indicator="unemployed-share"
  area="TA39"
  period="2019-01"
  .data=${real}
></mittari-kpi>`;
const suppressed = html`<mittari-kpi
  indicator="synthetic-placements"
  area="TA28"
  .data=${synthetic}
></mittari-kpi>`;

export const Loading: Story = shownIn(loading);
export const LoadingSv: Story = shownIn(loading, 'sv');
export const LoadingEn: Story = shownIn(loading, 'en');
export const Error: Story = shownIn(failing, 'sv');
export const ErrorFi: Story = shownIn(failing);
export const ErrorEn: Story = shownIn(failing, 'en');
export const Empty: Story = shownIn(empty, 'en');
export const EmptyFi: Story = shownIn(empty);
export const EmptySv: Story = shownIn(empty, 'sv');
export const Suppressed: Story = shownIn(suppressed, 'sv');
export const SuppressedFi: Story = shownIn(suppressed);
export const SuppressedEn: Story = shownIn(suppressed, 'en');
