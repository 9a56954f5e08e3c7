// The entry of the CMS bundle (`<script type="module" src=".../mittari.js">`). Every Mittari
// element is available, and each one's code is fetched the first time its tag appears in the
// document, so a page with one gauge downloads the gauge and what it shares with the others,
// not the map or the trend chart (decision 0161). Registration is the same guarded
// `customElements.define` as `@mittari/elements/define.js`, so loading both never throws.

const LOADERS = {
  'mittari-source': () => import('./source/source.js'),
  'mittari-lang-switch': () => import('./lang-switch/lang-switch.js'),
  'mittari-gauge': () => import('./gauge/gauge.js'),
  'mittari-kpi': () => import('./kpi/kpi.js'),
  'mittari-table': () => import('./table/table.js'),
  'mittari-trend': () => import('./trend/trend.js'),
  'mittari-map': () => import('./map/map.js'),
  'mittari-ranking': () => import('./ranking/ranking.js'),
} satisfies Record<string, () => Promise<unknown>>;

/** A tag the CMS bundle can register. */
export type MittariTag = keyof typeof LOADERS;

/** Every tag the CMS bundle can register. */
export const TAGS = Object.keys(LOADERS) as MittariTag[];

const started = new Map<MittariTag, Promise<void>>();
let watcher: MutationObserver | undefined;

function start(tag: MittariTag): Promise<void> {
  // `load` is called from plain JavaScript too: a misspelt tag is a rejection that says so.
  if (!isMittariTag(tag)) return Promise.reject(new TypeError(`Mittari has no element <${String(tag)}>`));
  let ready = started.get(tag);
  if (!ready) {
    ready = LOADERS[tag]().then(() => customElements.whenDefined(tag).then(() => undefined));
    started.set(tag, ready);
    // A chunk that failed to arrive (network, a CDN missing a file) may be asked for again.
    ready.catch(() => started.delete(tag));
    // Every element is loading or loaded: nothing is left to watch the page for.
    if (started.size === TAGS.length) watcher?.disconnect();
  }
  return ready;
}

/**
 * Loads and registers the named elements, or all of them when none is named. Pages that create
 * elements from script before adding them to the document, or inside their own shadow roots
 * (which the automatic loading does not see), call this first.
 *
 * @example
 * ```js
 * import { load } from 'https://cdn.example/mittari/mittari.js';
 * await load('mittari-gauge');
 * const gauge = document.createElement('mittari-gauge');
 * ```
 */
export function load(...tags: MittariTag[]): Promise<void> {
  return Promise.all((tags.length > 0 ? tags : TAGS).map(start)).then(() => undefined);
}

/** Starts loading a tag seen on the page; a failure is reported on the console, never thrown. */
function begin(tag: MittariTag): void {
  if (started.has(tag)) return;
  start(tag).catch((e: unknown) => {
    console.error(`Mittari: <${tag}> could not be loaded.`, e);
  });
}

/** Begins every tag that stands in `root`. */
function discover(root: ParentNode): void {
  for (const tag of TAGS) if (!started.has(tag) && root.querySelector(tag)) begin(tag);
}

function isMittariTag(name: string): name is MittariTag {
  return Object.hasOwn(LOADERS, name);
}

if (typeof document !== 'undefined' && typeof customElements !== 'undefined') {
  discover(document);
  if (started.size < TAGS.length) {
    watcher = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          if (isMittariTag(node.localName)) begin(node.localName);
          if (node.firstElementChild) discover(node);
        }
      }
    });
    watcher.observe(document, { childList: true, subtree: true });
  }
}
