import { css, unsafeCSS } from 'lit';
import { TREND_REFERENCE, TREND_SERIES_DARK, TREND_SERIES_LIGHT } from '../layout/trend-palette.js';

const vars = (colors: readonly string[], reference: string, fromPublic: boolean): string =>
  [
    ...colors.map((c, i) =>
      fromPublic
        ? `--_trend-${i + 1}: var(--mittari-trend-series-${i + 1}, ${c});`
        : `--_trend-${i + 1}: ${c};`,
    ),
    fromPublic
      ? `--_trend-ref: var(--mittari-trend-reference, ${reference});`
      : `--_trend-ref: ${reference};`,
  ].join('\n');

/** Styles of `<mittari-trend>`: series colours (themable), line styles, markers, legend. */
export const trendStyles = css`
  :host {
    ${unsafeCSS(vars(TREND_SERIES_LIGHT, TREND_REFERENCE.light, true))}
  }
  :host([theme='dark']) {
    ${unsafeCSS(vars(TREND_SERIES_DARK, TREND_REFERENCE.dark, true))}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${unsafeCSS(vars(TREND_SERIES_DARK, TREND_REFERENCE.dark, true))}
    }
  }
  @media (forced-colors: active) {
    :host,
    :host([theme='dark']),
    :host(:not([theme='light'])) {
      ${unsafeCSS(vars(['CanvasText', 'CanvasText', 'CanvasText', 'CanvasText', 'CanvasText'], 'GrayText', false))}
    }
  }
  .title {
    font-weight: 600;
    margin: 0 0 0.25rem;
  }
  figure {
    margin: 0;
  }
  .plot-wrap {
    position: relative;
  }
  .s0 {
    --_c: var(--_trend-1);
  }
  .s1 {
    --_c: var(--_trend-2);
  }
  .s2 {
    --_c: var(--_trend-3);
  }
  .s3 {
    --_c: var(--_trend-4);
  }
  .s4 {
    --_c: var(--_trend-5);
  }
  .ref {
    --_c: var(--_trend-ref);
  }
  .line {
    fill: none;
    stroke: var(--_c);
    stroke-width: 2px;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .ref .line {
    stroke-width: 1.5px;
  }
  .line.dashed {
    stroke-dasharray: 5 4;
  }
  .overlay {
    fill: none;
    stroke: var(--_c);
    stroke-width: 1.25px;
    stroke-dasharray: 1 3;
    stroke-linecap: round;
  }
  .overlay.trend {
    stroke-dasharray: 8 3 1 3;
  }
  .point {
    fill: var(--_c);
    stroke: var(--_color-background);
    stroke-width: 1px;
  }
  .point.hollow {
    fill: var(--_color-background);
    stroke: var(--_c);
    stroke-width: 1.5px;
  }
  .end {
    fill: var(--_c);
    stroke: var(--_c);
    stroke-width: 1.5px;
  }
  .target {
    fill: none;
    stroke: var(--_color-target);
    stroke-width: 2px;
    stroke-dasharray: 6 3;
  }
  .band {
    fill: var(--_color-band-1);
    stroke: var(--_color-band-3);
    stroke-width: 1px;
  }
  .grid line {
    stroke: var(--_color-band-2);
    stroke-width: 1px;
  }
  .axis line {
    stroke: var(--_color-border);
  }
  .tick {
    /* em, so the labels follow the user's font size; the layout measures the same size. */
    font-size: 0.75em;
    fill: var(--_color-text-muted);
  }
  .marker line {
    stroke: var(--_color-text-muted);
    stroke-width: 1.5px;
  }
  .marker.break line {
    stroke-dasharray: 4 3;
  }
  .marker text {
    font-size: 0.75em;
  }
  .marker.revision path {
    fill: var(--_color-text-muted);
  }
  .crosshair {
    stroke: var(--_color-text-muted);
    stroke-width: 1px;
  }
  .hit {
    fill: transparent;
    cursor: crosshair;
  }
  .hit:focus {
    outline: none;
  }
  .plot-focus {
    fill: none;
    stroke: var(--_color-focus);
    stroke-width: 2px;
  }
  .focus-point {
    fill: none;
    stroke: var(--_color-focus);
    stroke-width: 3px;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    list-style: none;
    margin: 0 0 0.35rem;
    padding: 0;
    font-size: 0.875em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  .legend svg {
    overflow: visible;
  }
  .notes {
    margin: 0.25rem 0 0;
    font-size: 0.8125em;
    color: var(--_color-text-muted);
  }
  .pager {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    margin-top: 0.35rem;
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    /* System colours leave no fill to tell the band apart: outline it instead. */
    .band {
      fill: none;
      stroke: CanvasText;
      stroke-dasharray: 2 2;
    }
    .point.hollow {
      fill: Canvas;
    }
  }
`;
