/**
 * Linked elements: an area picked on a map or ranking becomes the `area` of every other element
 * on the page with the same `group` attribute — attributes only, so CMS pages need no script.
 *
 * @example
 * ```ts
 * linkSelection(mapElement, 'KU091'); // <mittari-gauge group="g1"> now has area="KU091"
 * ```
 */
export function linkSelection(source: HTMLElement, area: string): number {
  const group = source.getAttribute('group');
  if (!group) return 0;
  const root = source.getRootNode() as Document | ShadowRoot;
  const scope: ParentNode = root instanceof ShadowRoot ? root : document;
  let n = 0;
  for (const el of Array.from(scope.querySelectorAll('[group]'))) {
    if (el === source || el.getAttribute('group') !== group || !el.localName.startsWith('mittari-')) continue;
    if (el.getAttribute('area') !== area) el.setAttribute('area', area);
    n++;
  }
  return n;
}
