import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { parseDataset, type Dataset } from '../packages/core/src/index.js';
import '../packages/elements/src/trend/trend.js';
import type { TrendData } from '../packages/elements/src/trend/trend-data.js';
import {
  realWithTestStatuses,
  SYNTHETIC_DAYS,
  SYNTHETIC_QUARTERS,
  SYNTHETIC_YEARS,
  syntheticDaily,
  TREND_EXCERPT,
} from '../packages/elements/src/trend/trend.fixtures.js';

/**
 * `<mittari-trend>` in every mode and state. Data: an excerpt of the demo datasets (real
 * Statistics Finland / TEM figures, example targets marked as such) and, where a story says
 * SYNTHETIC, made-up series for shapes and scale.
 */
interface Args {
  indicator: string;
  area: string;
  compare: string;
  per: string;
  view: 'level' | 'change';
  rolling: number;
  trend: boolean;
  from: string;
  to: string;
  lang: 'fi' | 'sv' | 'en';
  theme: 'light' | 'dark';
}

function excerpt(): Dataset {
  const r = parseDataset(TREND_EXCERPT);
  if (!r.success) throw new Error(r.error.message);
  return r.data;
}

const frame = (theme: string, body: unknown) =>
  html`<div style="max-width:720px;padding:1rem;background:${theme === 'dark' ? '#16181b' : '#fff'}">
    ${body}
  </div>`;

const render = (a: Args, { loaded }: { loaded: Record<string, unknown> }) =>
  frame(
    a.theme,
    html`<mittari-trend
      .data=${loaded.data}
      indicator=${a.indicator}
      area=${a.area}
      compare=${a.compare}
      per=${a.per || (undefined as unknown as string)}
      view=${a.view}
      rolling=${a.rolling}
      ?trend=${a.trend}
      from=${a.from || (undefined as unknown as string)}
      to=${a.to || (undefined as unknown as string)}
      lang=${a.lang}
      theme=${a.theme}
    ></mittari-trend>`,
  );

const meta = {
  title: 'Elements/Trend',
  component: 'mittari-trend',
  render,
  args: {
    indicator: 'unemployed-share',
    area: 'TA39 TA01',
    compare: 'SSS',
    per: '',
    view: 'level',
    rolling: 0,
    trend: false,
    from: '',
    to: '',
    lang: 'fi',
    theme: 'light',
  },
  loaders: [async () => ({ data: excerpt() })],
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const own = (
  data: TrendData | (() => TrendData),
  lang: Args['lang'] = 'fi',
  theme: Args['theme'] = 'light',
) =>
  ({
    render: () =>
      frame(
        theme,
        html`<mittari-trend
          lang=${lang}
          theme=${theme}
          .data=${typeof data === 'function' ? data() : data}
        ></mittari-trend>`,
      ),
  }) satisfies Story;

export const Fi: Story = {};
export const Sv: Story = { args: { lang: 'sv' } };
export const En: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const ForcedColours: Story = { parameters: { chromatic: { forcedColors: 'active' } } };
export const TargetsAndBand: Story = { args: { area: 'TA39', compare: 'none' } };
export const Efficiency: Story = {
  args: { indicator: 'open-vacancies', per: 'unemployed', area: 'SSS', compare: 'none' },
};
export const ChangeFromYearEarlier: Story = { args: { area: 'TA39', view: 'change' } };
export const RollingMeanAndTrend: Story = {
  args: { area: 'TA39', compare: 'none', rolling: 12, trend: true, to: '2024-12' },
};
export const Partial: Story = own(realWithTestStatuses);
export const PartialSv: Story = own(realWithTestStatuses, 'sv');
export const Quarters: Story = own(SYNTHETIC_QUARTERS, 'en');
export const Years: Story = own(SYNTHETIC_YEARS);
export const Days: Story = own(SYNTHETIC_DAYS, 'sv');
export const LargeSeries: Story = own(() => syntheticDaily(20_000, 5));
/** Rolling mean and trend line over time x (property mode), computed over points and x. */
export const LargeSeriesRollingMeanAndTrend: Story = {
  render: () =>
    frame(
      'light',
      html`<mittari-trend lang="fi" rolling="365" trend .data=${syntheticDaily(20_000, 2)}></mittari-trend>`,
    ),
};
export const NumericX: Story = own(
  {
    x: 'number',
    title: 'SYNTHETIC numeric x',
    series: [{ label: 'SYNTHETIC', x: [0, 2.5, 5, 7.5, 10], values: [1, 3, 2, 5, 4] }],
  },
  'en',
);
export const Loading: Story = {
  render: () => html`<mittari-trend src="data:application/json,never" indicator="x"></mittari-trend>`,
};
export const Error: Story = {
  render: () => html`<mittari-trend source="no-such-source" indicator="x"></mittari-trend>`,
};
export const Empty: Story = { args: { indicator: 'no-such-indicator' } };
