/**
 * The size in CSS px that text set in `em` inside `host` gets: the host's computed font size
 * (which follows the user's browser setting through the `1rem` token) times `em`. Layouts use it
 * to make room for axis labels, which are sized in `em` in the styles, so both always agree.
 * `fallback` when the element is not rendered (no computed size yet, or no DOM).
 *
 * @example
 * ```ts
 * emPixels(this, 0.75, 12); // 12 at the default 16 px, 18 when the user chose 24 px
 * ```
 */
export function emPixels(host: Element, em: number, fallback: number): number {
  if (typeof getComputedStyle !== 'function' || !host.isConnected) return fallback;
  const px = Number.parseFloat(getComputedStyle(host).fontSize);
  return Number.isFinite(px) && px > 0 ? px * em : fallback;
}
