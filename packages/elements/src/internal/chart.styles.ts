import { css } from 'lit';

/** Styles shared by every chart: container, tooltip, toolbar, source line, data table. */
export const chartStyles = css`
  .chart {
    position: relative;
  }
  svg {
    display: block;
    overflow: visible;
    max-width: 100%;
  }
  svg text {
    fill: var(--_color-text);
    font-family: var(--_font-family);
  }
  [data-mark]:focus {
    outline: none;
  }
  [data-mark]:focus-visible .focus-ring,
  [data-mark]:focus .focus-ring {
    stroke: var(--_color-focus);
    stroke-width: 3px;
    visibility: visible;
  }
  .focus-ring {
    fill: none;
    visibility: hidden;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    transform: translate(-50%, calc(-100% - 8px));
    max-width: 18rem;
    padding: 0.35rem 0.5rem;
    background: var(--_color-background);
    color: var(--_color-text);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.2);
    font-size: 0.875em;
    /* Hoverable (WCAG 1.4.13): the pointer may move onto the text without it closing. */
    pointer-events: auto;
    overflow-wrap: anywhere;
  }
  /* Bridges the gap down to the mark, so the pointer crossing it stays "on" the tooltip. */
  .tooltip::before {
    content: '';
    position: absolute;
    left: 0;
    right: 0;
    top: 100%;
    height: 8px;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    margin-top: 0.35rem;
  }
  .source-line {
    margin: 0.35rem 0 0;
    font-size: 0.8125em;
    color: var(--_color-text-muted);
    overflow-wrap: anywhere;
  }
  .source-line a {
    color: inherit;
  }
  details.table-alt > summary {
    cursor: pointer;
    margin-top: 0.35rem;
    width: fit-content;
  }
  .data-table {
    border-collapse: collapse;
    width: 100%;
    margin-top: 0.35rem;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  .data-table caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  .data-table th,
  .data-table td {
    border-bottom: 1px solid var(--_color-border);
    padding: 0.25rem 0.4rem;
    text-align: start;
    vertical-align: top;
  }
  .data-table .num {
    text-align: end;
  }
  .data-table thead th {
    font-weight: 600;
  }
  .data-table tbody th {
    font-weight: normal;
  }
  .data-table .unit,
  .cell-status {
    color: var(--_color-text-muted);
    font-weight: normal;
  }
  .data-table button.sort {
    border: 0;
    background: none;
    padding: 0;
    min-height: 0;
    font-weight: 600;
    text-align: inherit;
  }
  .summary {
    margin: 0 0 0.25rem;
  }
`;
