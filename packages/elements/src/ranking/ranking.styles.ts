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
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.9rem;
    margin: 0.35rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.35rem;
  }
  .key-line {
    display: inline-block;
    width: 1.25rem;
    border-top: 2px solid var(--_color-target);
  }
  .key-line.reference {
    border-top: 2px dashed var(--_color-text);
  }
  .key-own {
    display: inline-block;
    width: 1rem;
    height: 0.75rem;
    background: var(--_ranking-highlight);
  }
  .keys {
    margin: 0.25rem 0 0;
    font-size: 0.8125em;
    color: var(--_color-text-muted);
  }
  /* System colours: the own area keeps a second colour (Highlight) besides its bold label. */
  @media (forced-colors: active) {
    .bar {
      fill: CanvasText;
    }
    .row.own .bar,
    .key-own {
      fill: Highlight;
      background: Highlight;
      forced-color-adjust: none;
    }
    .row:focus .focus-ring,
    .row:focus-visible .focus-ring {
      stroke: Highlight;
    }
    .target-line,
    .reference-line {
      stroke: CanvasText;
    }
  }
`;
