/**
 * The next index of a keyboard path through `count` marks for a key press, or `undefined` when
 * the key is not a navigation key. Arrow keys step (wrapping), Home and End jump to the ends.
 *
 * @example
 * ```ts
 * nextIndex('ArrowRight', 2, 3); // 0
 * ```
 */
export function nextIndex(key: string, current: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/**
 * Moves focus among the marks (`[data-mark]`) inside `root` for a keydown event and returns
 * the newly focused index; keeps one mark in the tab order (roving tabindex).
 */
export function handleRovingKeydown(event: KeyboardEvent, root: ParentNode): number | undefined {
  const marks = Array.from(root.querySelectorAll<HTMLElement | SVGElement>('[data-mark]'));
  const current = marks.findIndex((m) => m === event.target || m.contains(event.target as Node));
  const next = nextIndex(event.key, Math.max(current, 0), marks.length);
  if (next === undefined) return undefined;
  event.preventDefault();
  marks.forEach((m, i) => m.setAttribute('tabindex', i === next ? '0' : '-1'));
  marks[next]?.focus();
  return next;
}
