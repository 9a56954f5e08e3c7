import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/source/source.js';
import '../packages/elements/src/gauge/gauge.js';
import { frame, installStoryFetch, MISSING_URL } from './fixtures/elements.js';

installStoryFetch();

/** `<mittari-source>`: declares a data source; shows nothing unless the declaration is broken. */
const meta = {
  title: 'Elements/Source',
  component: 'mittari-source',
  render: () =>
    frame(
      html`<mittari-source id="story-source" url=${MISSING_URL}></mittari-source>
        <mittari-gauge source="story-source" indicator="unemployed-share"></mittari-gauge>`,
    ),
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** A valid declaration: the source shows nothing; the gauge reports the 404 it gets. */
export const Fi: Story = {};
export const InvalidDeclarationFi: Story = {
  render: () =>
    frame(
      html`<mittari-source id="broken-fi"
          ><script type="application/json">
            { "format": "pxweb" }
          </script></mittari-source
        >
        <mittari-gauge source="broken-fi"></mittari-gauge>`,
    ),
};
export const InvalidDeclarationSv: Story = {
  render: () =>
    frame(
      html`<mittari-source id="broken-sv"
        ><script type="application/json">
          { "format": "csv" }
        </script></mittari-source
      >`,
      { lang: 'sv' },
    ),
};
export const InvalidDeclarationEn: Story = {
  render: () =>
    frame(
      html`<mittari-source id="broken-en"
        ><script type="application/json">
          {nope
        </script></mittari-source
      >`,
      { lang: 'en' },
    ),
};
export const Dark: Story = {
  render: () =>
    frame(
      html`<mittari-source theme="dark" id="broken-dark"
        ><script type="application/json">
          { "format": "csv" }
        </script></mittari-source
      >`,
      { dark: true },
    ),
};
