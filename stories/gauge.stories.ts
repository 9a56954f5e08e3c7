import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/gauge/gauge.js';
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

/** `<mittari-gauge>`: actual vs target. Real data: unemployed jobseekers' share (StatFin 12r5), example targets. */
interface Args {
  variant: 'bullet' | 'radial';
  area: string;
  period: string;
}

const real = datasetOf(EMPLOYMENT_AREAS_EXCERPT);
const synthetic = datasetOf(SYNTHETIC_SUPPRESSED_DOCUMENT);

const gauge = (args: Args) =>
  html`<mittari-gauge
    variant=${args.variant}
    indicator="unemployed-share"
    area=${args.area}
    period=${args.period}
    .data=${real}
  ></mittari-gauge>`;

const meta = {
  title: 'Elements/Gauge',
  component: 'mittari-gauge',
  args: { variant: 'bullet', area: 'TA39', period: '2025-01' },
  argTypes: { variant: { control: 'inline-radio', options: ['bullet', 'radial'] } },
  render: (args) => frame(gauge(args)),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Fi: Story = {};
export const Sv: Story = {
  args: { area: 'TA28' },
  render: (args) => frame(gauge(args), { lang: 'sv', width: '280px' }),
};
export const En: Story = { render: (args) => frame(gauge(args), { lang: 'en' }) };
export const Radial: Story = { args: { variant: 'radial' } };
export const Met: Story = { args: { area: 'TA28' } };
export const Dark: Story = {
  render: (args) =>
    frame(
      html`<mittari-gauge
        theme="dark"
        variant=${args.variant}
        indicator="unemployed-share"
        area=${args.area}
        period=${args.period}
        .data=${real}
      ></mittari-gauge>`,
      { dark: true },
    ),
};
export const ForcedColours: Story = {
  render: (args) =>
    frame(
      html`<mittari-gauge
        style=${FORCED_COLOURS_PREVIEW}
        indicator="unemployed-share"
        area=${args.area}
        period=${args.period}
        .data=${real}
      ></mittari-gauge>`,
    ),
};
const loading = html`<mittari-gauge src=${HANGING_URL}></mittari-gauge>`;
const failing = html`<mittari-gauge src=${MISSING_URL}></mittari-gauge>`;
const empty = html`<mittari-gauge
  indicator="unemployed-share"
  area="TA39"
  period="2019-01"
  .data=${real}
></mittari-gauge>`;
const suppressed = html`<mittari-gauge
  indicator="synthetic-placements"
  area="TA28"
  period="2025-04"
  .data=${synthetic}
></mittari-gauge>`;

export const Loading: Story = shownIn(loading);
export const LoadingSv: Story = shownIn(loading, 'sv');
export const LoadingEn: Story = shownIn(loading, 'en');
export const Error: Story = shownIn(failing);
export const ErrorSv: Story = shownIn(failing, 'sv');
export const ErrorEn: Story = shownIn(failing, 'en');
export const Empty: Story = shownIn(empty);
export const EmptySv: Story = shownIn(empty, 'sv');
export const EmptyEn: Story = shownIn(empty, 'en');
export const Suppressed: Story = shownIn(suppressed);
export const SuppressedSv: Story = shownIn(suppressed, 'sv', { width: '260px' });
export const SuppressedEn: Story = shownIn(suppressed, 'en');
export const PartialSv: Story = {
  render: () =>
    frame(
      html`<mittari-gauge
        indicator="synthetic-placements"
        area="TA28"
        period="2025-03"
        .data=${synthetic}
      ></mittari-gauge>`,
      { lang: 'sv' },
    ),
};
export const DarkRadialSv: Story = {
  render: (args) =>
    frame(
      html`<mittari-gauge
        theme="dark"
        variant="radial"
        indicator="unemployed-share"
        area="TA28"
        period=${args.period}
        .data=${real}
      ></mittari-gauge>`,
      {
        dark: true,
        lang: 'sv',
      },
    ),
};
