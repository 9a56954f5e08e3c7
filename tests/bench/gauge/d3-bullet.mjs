// The plain d3 baseline for tests/bench/gauge.bench.mjs: the same bullet chart as
// <mittari-gauge> (bands, bar, target, ghost marker, axis, value text) drawn with d3-scale and
// DOM calls, no framework, no accessibility layer. Bundled by the benchmark with esbuild.
import { scaleLinear } from 'd3-scale';

const NS = 'http://www.w3.org/2000/svg';
function el(tag, attrs, parent) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  parent.append(e);
  return e;
}

/** Draws the bullet chart into `host`; returns an update function for a new value. */
export function renderBullet(host, d, width = 360) {
  const div = document.createElement('div');
  const label = document.createElement('div');
  label.textContent = `${d.label}: ${d.value.toLocaleString('fi-FI', { minimumFractionDigits: 1 })} %`;
  div.append(label);
  const svg = el('svg', { width, height: 68, viewBox: `0 0 ${width} 68` }, div);
  host.append(div);
  const x = scaleLinear()
    .domain([0, Math.max(d.value, d.target + 2 * d.tolerance, d.previous) * 1.1])
    .nice()
    .range([8, width - 8]);
  const [lo, hi] = x.domain();
  const bands = [
    [lo, d.target, '#dfe2e5'],
    [d.target, d.target + d.tolerance, '#c6cacf'],
    [d.target + d.tolerance, hi, '#aeb3b9'],
  ];
  for (const [a, b, fill] of bands) el('rect', { x: x(a), y: 6, width: x(b) - x(a), height: 36, fill }, svg);
  const bar = el('rect', { x: x(0), y: 17, width: x(d.value) - x(0), height: 14, fill: '#1f4e79' }, svg);
  el('line', { x1: x(d.target), x2: x(d.target), y1: 3, y2: 45, stroke: '#1b1d1f', 'stroke-width': 3 }, svg);
  const px = x(d.previous);
  el(
    'path',
    {
      d: `M${px},18L${px + 6},24L${px},30L${px - 6},24Z`,
      fill: '#fff',
      stroke: '#6b7075',
      'stroke-width': 2,
    },
    svg,
  );
  for (const t of x.ticks(5)) {
    const tx = el('text', { x: x(t), y: 64, 'text-anchor': 'middle', 'font-size': 11 }, svg);
    tx.textContent = t.toLocaleString('fi-FI');
  }
  return (value) => {
    bar.setAttribute('width', String(x(value) - x(0)));
    label.textContent = `${d.label}: ${value.toLocaleString('fi-FI', { minimumFractionDigits: 1 })} %`;
  };
}
