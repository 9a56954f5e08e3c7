import { css } from 'lit';

/** The gauge's own styles; tokens, states and chart basics come from internal. */
export const gaugeStyles = css`
  :host {
    --mittari-gauge-bar-color: var(--_color-accent);
  }
  .head {
    margin: 0 0 0.25rem;
  }
  .title {
    font-weight: 600;
    display: block;
    overflow-wrap: anywhere;
  }
  .where {
    color: var(--_color-text-muted);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
    margin-bottom: 0.25rem;
  }
  .value {
    font-size: 1.75em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    font-weight: 600;
  }
  .status svg {
    width: 1.1em;
    height: 1.1em;
    flex: none;
  }
  .status-met {
    color: var(--_color-met);
  }
  .status-near {
    color: var(--_color-near);
  }
  .status-missed {
    color: var(--_color-missed);
  }
  .status-unknown {
    color: var(--_color-unknown);
  }
  .facts {
    margin: 0;
    font-size: 0.875em;
    color: var(--_color-text-muted);
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
  }
  .facts dt {
    display: inline;
  }
  .facts dd {
    display: inline;
    margin: 0;
    color: var(--_color-text);
    font-variant-numeric: tabular-nums;
  }
  .band {
    stroke: var(--_color-border);
    stroke-width: 0.5px;
  }
  .band-met {
    fill: var(--_color-band-1);
  }
  .band-near {
    fill: var(--_color-band-2);
  }
  .band-missed {
    fill: var(--_color-band-3);
  }
  .bar {
    fill: var(--mittari-gauge-bar-color);
  }
  .track {
    fill: none;
    stroke: var(--_color-border);
    stroke-width: 0.5px;
    stroke-dasharray: 2 2;
  }
  .target-line {
    stroke: var(--_color-target);
    stroke-width: 3px;
  }
  .ghost {
    fill: var(--_color-background);
    stroke: var(--_color-ghost);
    stroke-width: 2px;
  }
  .axis-line {
    stroke: var(--_color-border);
    stroke-width: 1px;
  }
  .tick {
    /* em, so the labels follow the user's font size; the bullet layout measures the same size. */
    font-size: 0.6875em;
    fill: var(--_color-text-muted);
  }
  .hit {
    fill: transparent;
  }
  [data-mark] {
    cursor: pointer;
  }
`;
