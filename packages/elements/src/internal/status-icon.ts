import { svg, type SVGTemplateResult } from 'lit';

/**
 * A target status by shape as well as colour (so colour is never the only carrier): a circle
 * with a tick (met), a triangle with a bar (near), a square with a cross (missed), a ring with
 * a dash (unknown). Draw inside `<svg viewBox="0 0 16 16">`.
 */
export function statusIcon(status: 'met' | 'near' | 'missed' | 'unknown'): SVGTemplateResult {
  switch (status) {
    case 'met':
      return svg`<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M4.5 8.2l2.3 2.3 4.7-4.9" fill="none" stroke="var(--_color-background)" stroke-width="2"/>`;
    case 'near':
      return svg`<path d="M8 1L15.5 14.5H0.5Z" fill="currentColor"/><path d="M8 5.5v4.5M8 11.5v1.5" stroke="var(--_color-background)" stroke-width="2"/>`;
    case 'missed':
      return svg`<rect x="1" y="1" width="14" height="14" rx="1" fill="currentColor"/><path d="M5 5l6 6M11 5l-6 6" stroke="var(--_color-background)" stroke-width="2"/>`;
    default:
      return svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M5 8h6" stroke="currentColor" stroke-width="2"/>`;
  }
}
