import { css } from 'lit';

/** The KPI tile's own styles. */
export const kpiStyles = css`
  .tile {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: 0.75rem;
    background: var(--_color-background);
  }
  .title {
    font-weight: 600;
    margin: 0;
    overflow-wrap: anywhere;
  }
  .where {
    color: var(--_color-text-muted);
    font-size: 0.875em;
    margin: 0 0 0.25rem;
    overflow-wrap: anywhere;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .value {
    font-size: 2em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1.1;
  }
  .changes {
    list-style: none;
    margin: 0.25rem 0 0;
    padding: 0;
    font-size: 0.875em;
  }
  .change {
    display: flex;
    gap: 0.35rem;
    align-items: baseline;
  }
  .change .amount {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .tone-better .amount,
  .tone-better .arrow {
    color: var(--_color-met);
  }
  .tone-worse .amount,
  .tone-worse .arrow {
    color: var(--_color-missed);
  }
  .change .words {
    color: var(--_color-text-muted);
  }
  .spark-line {
    fill: none;
    stroke: var(--_color-accent);
    stroke-width: 2px;
  }
  .spark-dot {
    fill: var(--_color-accent);
  }
  .spark-target {
    stroke: var(--_color-target);
    stroke-width: 1px;
    stroke-dasharray: 3 2;
  }
  /* Wraps at any width (WCAG 1.4.10 reflow): on a 320 px page the target goes under the status
     rather than past the tile's edge, and a long target label breaks inside itself. */
  .status {
    display: inline-flex;
    flex-wrap: wrap;
    max-width: 100%;
    gap: 0.3rem;
    align-items: center;
    font-weight: 600;
    margin-top: 0.25rem;
  }
  .status .target {
    min-width: 0;
    overflow-wrap: anywhere;
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
  .status svg {
    width: 1em;
    height: 1em;
  }
`;
