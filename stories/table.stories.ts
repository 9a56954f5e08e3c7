import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/table/table.js';
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
} from './fixtures/elements.js';

installStoryFetch();

/** `<mittari-table>`: a sortable data table. Real data: unemployed jobseekers' share (StatFin 12r5). */
interface Args {
  period: string;
}

const real = datasetOf(EMPLOYMENT_AREAS_EXCERPT);
const synthetic = datasetOf(SYNTHETIC_SUPPRESSED_DOCUMENT);
const table = (a: Args, theme = 'auto', style = '') =>
  html`<mittari-table
    theme=${theme}
    style=${style}
    indicator="unemployed-share"
    period=${a.period}
    .data=${real}
  ></mittari-table>`;

const meta = {
  title: 'Elements/Table',
  component: 'mittari-table',
  args: { period: '2025-01' },
  render: (a) => frame(table(a)),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Fi: Story = {};
export const Sv: Story = { render: (a) => frame(table(a), { lang: 'sv', width: '300px' }) };
export const En: Story = { render: (a) => frame(table(a), { lang: 'en' }) };
export const Series: Story = {
  render: () =>
    frame(html`<mittari-table indicator="unemployed-share" area="TA15" .data=${real}></mittari-table>`),
};
export const Dark: Story = { render: (a) => frame(table(a, 'dark'), { dark: true }) };
export const ForcedColours: Story = { render: (a) => frame(table(a, 'auto', FORCED_COLOURS_PREVIEW)) };
export const Loading: Story = {
  render: () => frame(html`<mittari-table src=${HANGING_URL}></mittari-table>`),
};
export const Error: Story = {
  render: () => frame(html`<mittari-table src=${MISSING_URL}></mittari-table>`, { lang: 'en' }),
};
export const Empty: Story = {
  render: () =>
    frame(html`<mittari-table indicator="unemployed-share" period="2019-01" .data=${real}></mittari-table>`),
};
export const Suppressed: Story = {
  render: () =>
    frame(
      html`<mittari-table indicator="synthetic-placements" area="TA28" .data=${synthetic}></mittari-table>`,
      { lang: 'sv' },
    ),
};
export const LoadingSv: Story = {
  render: () => frame(html`<mittari-table src=${HANGING_URL}></mittari-table>`, { lang: 'sv' }),
};
export const LoadingEn: Story = {
  render: () => frame(html`<mittari-table src=${HANGING_URL}></mittari-table>`, { lang: 'en' }),
};
export const ErrorFi: Story = {
  render: () => frame(html`<mittari-table src=${MISSING_URL}></mittari-table>`),
};
export const ErrorSv: Story = {
  render: () => frame(html`<mittari-table src=${MISSING_URL}></mittari-table>`, { lang: 'sv' }),
};
export const EmptySv: Story = {
  render: () =>
    frame(html`<mittari-table indicator="unemployed-share" period="2019-01" .data=${real}></mittari-table>`, {
      lang: 'sv',
    }),
};
export const EmptyEn: Story = {
  render: () =>
    frame(html`<mittari-table indicator="unemployed-share" period="2019-01" .data=${real}></mittari-table>`, {
      lang: 'en',
    }),
};
export const SuppressedFi: Story = {
  render: () =>
    frame(
      html`<mittari-table indicator="synthetic-placements" area="TA28" .data=${synthetic}></mittari-table>`,
    ),
};
export const SuppressedEn: Story = {
  render: () =>
    frame(
      html`<mittari-table indicator="synthetic-placements" area="TA28" .data=${synthetic}></mittari-table>`,
      { lang: 'en' },
    ),
};
