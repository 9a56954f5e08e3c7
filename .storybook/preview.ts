import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  parameters: {
    // Any axe violation fails the story, in Storybook and in the story tests.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
