import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The public design tokens: each `--mittari-<name>` with its light and dark default and the
 * system colour used in forced-colors mode. Pages theme Mittari by setting these anywhere above
 * an element (or on it). Colour defaults were chosen so text reaches 4.5:1 and marks 3:1 against
 * the background in both schemes, and the status colours stay apart under the common kinds of
 * colour blindness (Okabe–Ito hues, darkened); `tokens.test.ts` checks the ratios.
 */
export const TOKENS = {
  'font-family': { light: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', dark: '', forced: '' },
  'font-size': { light: '1rem', dark: '', forced: '' },
  'color-background': { light: '#ffffff', dark: '#16181b', forced: 'Canvas' },
  'color-surface': { light: '#f4f5f6', dark: '#202328', forced: 'Canvas' },
  'color-text': { light: '#1b1d1f', dark: '#eef0f2', forced: 'CanvasText' },
  'color-text-muted': { light: '#575c61', dark: '#b4b9bf', forced: 'CanvasText' },
  'color-border': { light: '#767b80', dark: '#8a9097', forced: 'CanvasText' },
  'color-focus': { light: '#0b57d0', dark: '#a8c7fa', forced: 'Highlight' },
  'color-accent': { light: '#1f4e79', dark: '#8ab4f8', forced: 'CanvasText' },
  'color-target': { light: '#1b1d1f', dark: '#ffffff', forced: 'CanvasText' },
  'color-ghost': { light: '#6b7075', dark: '#9aa0a6', forced: 'GrayText' },
  'color-band-1': { light: '#dfe2e5', dark: '#2b2f35', forced: 'Canvas' },
  'color-band-2': { light: '#c6cacf', dark: '#3a3f46', forced: 'Canvas' },
  'color-band-3': { light: '#aeb3b9', dark: '#4a5058', forced: 'Canvas' },
  'color-met': { light: '#00704f', dark: '#4fd1a5', forced: 'CanvasText' },
  'color-near': { light: '#8a5a00', dark: '#f2bf5e', forced: 'CanvasText' },
  'color-missed': { light: '#b3400d', dark: '#ff9a76', forced: 'CanvasText' },
  'color-unknown': { light: '#575c61', dark: '#b4b9bf', forced: 'GrayText' },
  'color-error': { light: '#a4161a', dark: '#ff8f8f', forced: 'CanvasText' },
  radius: { light: '4px', dark: '', forced: '' },
  space: { light: '0.5rem', dark: '', forced: '' },
} as const;

/** The name of a design token, without the `--mittari-` prefix. */
export type TokenName = keyof typeof TOKENS;

const names = Object.keys(TOKENS) as TokenName[];

function block(pick: 'light' | 'dark' | 'forced', fromPublic: boolean): string {
  return names
    .filter((n) => TOKENS[n][pick] !== '')
    .map((n) =>
      // In forced-colors mode the system colours win over page tokens: the user asked for them.
      fromPublic ? `--_${n}: var(--mittari-${n}, ${TOKENS[n][pick]});` : `--_${n}: ${TOKENS[n][pick]};`,
    )
    .join('\n');
}

/**
 * Shared host styles for every element: private `--_*` variables read the public
 * `--mittari-*` tokens with the defaults above; a dark scheme from `theme="dark"` or, with no
 * `theme="light"`, from `prefers-color-scheme`; system colours under `forced-colors` (live, also
 * when switched on after load); no motion under `prefers-reduced-motion`.
 */
export const tokenStyles: CSSResult = css`
  :host {
    ${unsafeCSS(block('light', true))}
    color-scheme: light;
    display: block;
    box-sizing: border-box;
    min-width: 0;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.4;
    color: var(--_color-text);
    background: var(--_color-background);
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${unsafeCSS(block('dark', true))}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${unsafeCSS(block('dark', true))}
      color-scheme: dark;
    }
  }
  @media (forced-colors: active) {
    :host,
    :host([theme='dark']),
    :host(:not([theme='light'])) {
      ${unsafeCSS(block('forced', false))}
      forced-color-adjust: none;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  @media (prefers-reduced-motion: no-preference) {
    .animate {
      transition:
        width 0.3s ease-out,
        transform 0.3s ease-out,
        d 0.3s ease-out;
    }
  }
  :focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
  button {
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: 0.25rem 0.6rem;
    cursor: pointer;
    min-height: 2rem;
  }
  button:hover {
    background: var(--_color-band-1);
  }
`;
