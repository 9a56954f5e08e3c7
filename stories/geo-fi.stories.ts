import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, svg } from 'lit';
import {
  loadBoundaries,
  toSvgPaths,
  type BoundaryLevel,
  type Boundaries,
  type Division,
} from '../packages/geo-fi/src/index.js';

/** Plain outlines of every boundary layer, so reviewers can see the shapes and the region borders. */
interface Args {
  level: BoundaryLevel;
  division: Division;
}

const render = (_args: Args, { loaded }: { loaded: Record<string, unknown> }) => {
  const b = loaded.boundaries as Boundaries;
  const { viewBox, areas, borders } = toSvgPaths(b);
  const title = `${b.level}, ${b.division} division: ${areas.length} areas (${b.years[0]}–${b.years.at(-1)})`;
  return html`<figure style="margin:0;max-width:420px;font:14px/1.4 system-ui,sans-serif;color:#1a1a1a">
    <svg viewBox=${viewBox} role="img" aria-label=${title} style="width:100%;height:auto;display:block">
      <g fill="#eef2f5" stroke="#5b6b7a" stroke-width="0.6" stroke-linejoin="round" fill-rule="evenodd">
        ${areas.map((a) => svg`<path d=${a.d}><title>${a.code} ${a.label.fi}</title></path>`)}
      </g>
      <path d=${borders} fill="none" stroke="#1a1a1a" stroke-width="1.6" stroke-linejoin="round"></path>
    </svg>
    <figcaption>${title}<br /><small>${b.attribution}</small></figcaption>
  </figure>`;
};

const meta = {
  title: 'geo-fi/Boundaries',
  render,
  loaders: [
    async ({ args }: { args: Args }) => ({
      boundaries: await loadBoundaries({ level: args.level, division: args.division }),
    }),
  ],
  argTypes: {
    level: { control: false },
    division: { control: false },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Regions: Story = { args: { level: 'region', division: 2025 } };
export const SubRegions: Story = { args: { level: 'sub-region', division: 2025 } };
export const Municipalities: Story = { args: { level: 'municipality', division: 2025 } };
export const WellbeingCounties: Story = { args: { level: 'wellbeing-county', division: 2025 } };
export const EmploymentAreas: Story = { args: { level: 'employment-area', division: 2025 } };
export const ElyCentres: Story = { args: { level: 'ely-centre', division: 2025 } };
export const Elinvoimakeskukset: Story = { args: { level: 'elinvoimakeskus', division: 2025 } };
export const Municipalities2023: Story = { args: { level: 'municipality', division: 2023 } };
export const Regions2023: Story = { args: { level: 'region', division: 2023 } };
export const SubRegions2023: Story = { args: { level: 'sub-region', division: 2023 } };
export const WellbeingCounties2023: Story = { args: { level: 'wellbeing-county', division: 2023 } };
export const ElyCentres2023: Story = { args: { level: 'ely-centre', division: 2023 } };
