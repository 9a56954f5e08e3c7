import { css } from 'lit';

/** Styles of `<mittari-map>`. */
export const mapStyles = css`
  :host {
    --_map-border: var(--mittari-map-border, var(--_color-background));
    --_map-region-border: var(--mittari-map-region-border, var(--_color-text));
    --_map-highlight: var(--mittari-map-highlight, var(--_color-text));
    --_map-hatch: var(--mittari-map-hatch, var(--_color-text-muted));
    --_map-max-height: var(--mittari-map-max-height, 36rem);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
    margin-bottom: 0.35rem;
  }
  .controls label {
    display: flex;
    flex-direction: column;
    font-size: 0.875em;
    gap: 0.15rem;
  }
  input,
  select {
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-background);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: 0.2rem 0.4rem;
    min-height: 2rem;
  }
  svg[part~='chart'] {
    width: 100%;
    height: auto;
    max-height: var(--_map-max-height);
  }
  /* The areas' stroke is set once on their group and inherited: a recolour restyles every path,
     and none of them then resolves a var() or matches more than its one rule. */
  .areas {
    stroke: var(--_map-border);
    stroke-width: 0.6px;
    stroke-linejoin: round;
    cursor: pointer;
  }
  .area {
    vector-effect: non-scaling-stroke;
  }
  .area:focus {
    outline: none;
  }
  .context {
    stroke: var(--_color-border);
    stroke-width: 0.6px;
    vector-effect: non-scaling-stroke;
  }
  .borders {
    fill: none;
    stroke: var(--_map-region-border);
    stroke-width: 1.2px;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }
  .highlight {
    fill: none;
    stroke: var(--_map-highlight);
    stroke-width: 3px;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }
  .selected {
    fill: none;
    stroke: var(--_map-highlight);
    stroke-width: 2px;
    stroke-dasharray: 4 3;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }
  /* Two tones so the ring reaches 3:1 against any fill and the background. */
  .focus-outer {
    fill: none;
    stroke: var(--_color-background);
    stroke-width: 6px;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }
  .focus-inner {
    fill: none;
    stroke: var(--_color-focus);
    stroke-width: 3px;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }
  .hatch-line {
    stroke: var(--_map-hatch);
    stroke-width: 1.2;
  }
  .hatch-bg {
    fill: var(--_color-background);
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
  .legend svg {
    flex: none;
    border: 1px solid var(--_color-border);
  }
  .legend-title {
    font-weight: 600;
    margin: 0.35rem 0 0;
    font-size: 0.875em;
  }
  .attribution,
  .keys {
    margin: 0.25rem 0 0;
    font-size: 0.8125em;
    color: var(--_color-text-muted);
  }
  @media (forced-colors: active) {
    .area,
    .context {
      stroke: CanvasText;
    }
    .focus-inner {
      stroke: Highlight;
    }
  }
`;
