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
  shownIn,
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
const loading = html`<mittari-table src=${HANGING_URL}></mittari-table>`;
const failing = html`<mittari-table src=${MISSING_URL}></mittari-table>`;
const empty = html`<mittari-table
  indicator="unemployed-share"
  period="2019-01"
  .data=${real}
></mittari-table>`;
const suppressed = html`<mittari-table
  indicator="synthetic-placements"
  area="TA28"
  .data=${synthetic}
></mittari-table>`;

export const Loading: Story = shownIn(loading);
export const LoadingSv: Story = shownIn(loading, 'sv');
export const LoadingEn: Story = shownIn(loading, 'en');
export const Error: Story = shownIn(failing, 'en');
export const ErrorFi: Story = shownIn(failing);
export const ErrorSv: Story = shownIn(failing, 'sv');
export const Empty: Story = shownIn(empty);
export const EmptySv: Story = shownIn(empty, 'sv');
export const EmptyEn: Story = shownIn(empty, 'en');
export const Suppressed: Story = shownIn(suppressed, 'sv');
export const SuppressedFi: Story = shownIn(suppressed);
export const SuppressedEn: Story = shownIn(suppressed, 'en');
