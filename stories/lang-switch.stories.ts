import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/lang-switch/lang-switch.js';
import '../packages/elements/src/gauge/gauge.js';
import { EMPLOYMENT_AREAS_EXCERPT } from '../packages/elements/src/gauge/gauge.fixtures.js';
import { datasetOf, frame } from './fixtures/elements.js';

/** `<mittari-lang-switch>`: fi / sv / en buttons setting `lang` on a container; the gauge follows live. */
const real = datasetOf(EMPLOYMENT_AREAS_EXCERPT);
const demo = (id: string, lang: string, theme = 'auto') =>
  html`<mittari-lang-switch theme=${theme} target=${`#${id}`}></mittari-lang-switch>
    <div id=${id} lang=${lang}>
      <mittari-gauge theme=${theme} indicator="unemployed-share" area="TA28" .data=${real}></mittari-gauge>
    </div>`;

const meta = {
  title: 'Elements/Language switch',
  component: 'mittari-lang-switch',
  render: () => frame(demo('ls-fi', 'fi')),
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Fi: Story = {};
export const Sv: Story = { render: () => frame(demo('ls-sv', 'sv'), { lang: 'sv' }) };
export const En: Story = { render: () => frame(demo('ls-en', 'en'), { lang: 'en' }) };
export const Dark: Story = { render: () => frame(demo('ls-dark', 'fi', 'dark'), { dark: true }) };
