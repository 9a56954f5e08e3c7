import { css } from 'lit';

/** `<mittari-source>` takes no room unless it has an error to report. */
export const sourceStyles = css`
  :host {
    display: contents;
  }
  .state {
    display: block;
  }
`;
