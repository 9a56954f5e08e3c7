/**
 * The dashboard's elements used from npm: `@mittari/client` fetches the dataset once and every
 * element gets it as its `data` property. Bundled with esbuild into `generated/js/npm.js` by
 * `build.ts` (which also puts the map's boundary assets where the bundle looks for them).
 * (In this repository `tsconfig.json` maps the package names to the workspace's builds; an
 * application gets the same names from `npm install @mittari/client @mittari/elements`.)
 */
import '@mittari/elements/define.js';
import { createClient } from '@mittari/client';

const client = createClient({ source: { format: 'mittari', url: '/data/employment-area.json' } });
const dataset = await client.dataset();

/** Creates a Mittari element with its attributes and the loaded dataset, and puts it in `slot`. */
function place(tag: string, attributes: Record<string, string>, slot: string): void {
  const el = document.createElement(tag) as HTMLElement & { data?: unknown };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = dataset;
  document.getElementById(slot)?.append(el);
}

const area = { indicator: 'unemployed-share', area: 'TA39', group: 'npm' };
place('mittari-kpi', area, 'kpi');
place('mittari-gauge', area, 'gauge');
place('mittari-map', { ...area, level: 'employment-area', highlight: 'TA39' }, 'map');
place('mittari-ranking', { ...area, level: 'employment-area', highlight: 'TA39' }, 'ranking');
place('mittari-trend', { ...area, from: '2007-01' }, 'trend');
