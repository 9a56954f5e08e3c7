import { css } from 'lit';

/** The language switch's own styles. */
export const langSwitchStyles = css`
  :host {
    display: inline-block;
    background: transparent;
  }
  .group {
    display: inline-flex;
    gap: 0.25rem;
  }
  button[aria-pressed='true'] {
    background: var(--_color-accent);
    color: var(--_color-background);
    border-color: var(--_color-accent);
    font-weight: 600;
  }
`;
