import { css } from 'lit';

/** Styles of `<mittari-ranking>`. */
export const rankingStyles = css`
  :host {
    --_ranking-bar: var(--mittari-ranking-bar, var(--_color-accent));
    --_ranking-highlight: var(--mittari-ranking-highlight, var(--_color-met));
  }
  .bar {
    fill: var(--_ranking-bar);
  }
  .row.own .bar {
    fill: var(--_ranking-highlight);
  }
  .row.own text {
    font-weight: 700;
  }
  .row:focus {
    outline: none;
  }
  .row:focus .focus-ring,
  .row:focus-visible .focus-ring {
    stroke: var(--_color-focus);
    stroke-width: 3px;
    visibility: visible;
  }
  .axis line,
  .zero {
    stroke: var(--_color-border);
  }
  .target-line {
    stroke: var(--_color-target);
    stroke-width: 2px;
  }
  .reference-line {
    stroke: var(--_color-text);
    stroke-width: 1.5px;
    stroke-dasharray: 4 3;
  }
  text {
    font-size: 0.8125rem;
  }
  .no-value {
    fill: var(--_color-text-muted);
    font-style: italic;
  }
`;
