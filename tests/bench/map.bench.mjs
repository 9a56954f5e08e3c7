// Benchmark: <mittari-map> with the 308 municipalities in Chromium — first render, recolour and
// hover-to-painted-tooltip — against a plain d3 render of the same map (d3-geo projecting the
// WGS84 boundaries at runtime, topojson-client, a simple tooltip) in the same page run.
// Run: node tests/bench/map.bench.mjs [--smoke]   (needs `pnpm run build` first)
/* global d3, topojson -- set in the page by the UMD builds of d3-array, d3-geo and topojson-client */
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { launchOptions } from '../../scripts/chromium.mjs';
import { startDemoServer } from '../../scripts/demo-server.mjs';

const smoke = process.argv.includes('--smoke');
const runs = smoke ? 2 : 21;
// The UMD builds of the elements package's own d3 dependencies (their `exports` hide dist/).
const umd = async (name, file) =>
  readFile(new URL(`../../packages/elements/node_modules/${name}/dist/${file}`, import.meta.url), 'utf8');

const server = await startDemoServer();
const browser = await chromium.launch(launchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
  // Any page of the server's origin (a 404 is fine): the bundle and the data are then same-origin.
  await page.goto(new URL('bench-blank', server.url).href);
  await page.setContent(
    '<!doctype html><html lang="fi"><body><div id="host" style="width:600px"></div></body></html>',
  );
  await page.addScriptTag({ url: new URL('mittari/mittari.js', server.url).href, type: 'module' });
  for (const [name, file] of [
    ['d3-array', 'd3-array.min.js'],
    ['d3-geo', 'd3-geo.min.js'],
    ['topojson-client', 'topojson-client.min.js'],
  ]) {
    await page.addScriptTag({ content: await umd(name, file) });
  }
  await page.waitForFunction(() => customElements.get('mittari-map') !== undefined);

  const result = await page.evaluate(
    async ({ runs, base }) => {
      // "Painted": the next frame has been produced (rAF runs before paint; the task after it, after).
      const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const host = document.getElementById('host');
      const doc = await (await fetch(new URL('data/municipality.json', base))).json();
      const wgs = await (
        await fetch(new URL('mittari/assets/municipality-2025-wgs84.topo.json', base))
      ).json();

      // Warm-up: parse the dataset and load the boundaries once (shared by every run).
      const warm = document.createElement('mittari-map');
      Object.assign(warm, { data: doc });
      for (const [k, v] of Object.entries({
        level: 'municipality',
        indicator: 'unemployed-share',
        period: '2025-01',
      }))
        warm.setAttribute(k, v);
      host.append(warm);
      for (let i = 0; !warm.shadowRoot?.querySelector('path.area'); i++) {
        if (i > 500)
          throw new Error(`the map never drew: ${warm.shadowRoot?.textContent?.trim().slice(0, 200)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      const dataset = warm.loader.dataset;
      warm.remove();

      const ours = { first: [], recolour: [], hover: [] };
      for (let i = 0; i < runs; i++) {
        const el = document.createElement('mittari-map');
        el.data = dataset;
        for (const [k, v] of Object.entries({
          level: 'municipality',
          indicator: 'unemployed-share',
          period: '2025-01',
          theme: 'light',
        }))
          el.setAttribute(k, v);
        let t = performance.now();
        host.append(el);
        // Yield a frame at a time: boundaries and size arrive asynchronously.
        while (el.shadowRoot?.querySelectorAll('path.area').length !== 308) {
          await el.updateComplete;
          if (el.shadowRoot?.querySelectorAll('path.area').length !== 308) await frame();
        }
        await painted();
        ours.first.push(performance.now() - t);
        t = performance.now();
        el.period = i % 2 ? '2025-01' : '2024-06';
        await el.updateComplete;
        await painted();
        ours.recolour.push(performance.now() - t);
        const path = el.shadowRoot.querySelector('path[data-code="KU091"]');
        t = performance.now();
        path.dispatchEvent(new PointerEvent('pointerenter', { clientX: 100, clientY: 100 }));
        await el.updateComplete;
        await painted();
        ours.hover.push(performance.now() - t);
        if (!el.shadowRoot.querySelector('[part="tooltip"]')?.textContent?.includes('Helsinki'))
          throw new Error('no tooltip after hover');
        el.remove();
      }

      // Baseline: plain d3, projecting at runtime.
      const values = new Map();
      const o = doc.observations;
      const ind = o.indicators.indexOf('unemployed-share');
      const per = o.periods.indexOf('2025-01');
      for (let r = 0; r < o.value.length; r++)
        if (o.indicator[r] === ind && o.period[r] === per) values.set(o.areas[o.area[r]], o.value[r]);
      const colors = ['#08306b', '#2171b5', '#6baed6', '#c6dbef', '#eff3ff'];
      const fillOf = (v) => (v == null ? '#ccc' : colors[Math.min(4, Math.floor(v / 4))]);
      const base0 = { first: [], recolour: [], hover: [] };
      for (let i = 0; i < runs; i++) {
        let t = performance.now();
        const features = topojson.feature(wgs, wgs.objects[wgs.metadata.object]).features;
        const projection = d3
          .geoTransverseMercator()
          .rotate([-27, 0])
          .fitSize([600, 1000], { type: 'FeatureCollection', features });
        const path = d3.geoPath(projection);
        const svgNs = 'http://www.w3.org/2000/svg';
        const svg = document.createElementNS(svgNs, 'svg');
        svg.setAttribute('width', '600');
        svg.setAttribute('height', '1000');
        const tip = document.createElement('div');
        tip.style.position = 'absolute';
        const els = features.map((f) => {
          const p = document.createElementNS(svgNs, 'path');
          p.setAttribute('d', path(f));
          p.setAttribute('fill', fillOf(values.get(f.id)));
          p.addEventListener('mouseenter', () => {
            tip.textContent = `${f.properties.fi}: ${values.get(f.id) ?? '–'}`;
            tip.style.left = '100px';
            tip.style.top = '100px';
          });
          svg.append(p);
          return [f, p];
        });
        host.append(svg, tip);
        if (i === 0 && els.length !== 308) throw new Error(`d3 baseline drew ${els.length} areas`);
        await painted();
        base0.first.push(performance.now() - t);
        t = performance.now();
        for (const [f, p] of els) p.setAttribute('fill', fillOf((values.get(f.id) ?? 0) + (i % 2)));
        await painted();
        base0.recolour.push(performance.now() - t);
        t = performance.now();
        els.find(([f]) => f.id === 'KU091')?.[1].dispatchEvent(new MouseEvent('mouseenter'));
        await painted();
        base0.hover.push(performance.now() - t);
        svg.remove();
        tip.remove();
      }
      const m = (x) => ({ first: median(x.first), recolour: median(x.recolour), hover: median(x.hover) });
      return { ours: m(ours), d3: m(base0) };
    },
    { runs, base: server.url },
  );
  for (const k of ['first', 'recolour', 'hover']) {
    const ratio = result.ours[k] / result.d3[k];
    console.log(
      `map 308 municipalities, ${k.padEnd(8)} mittari ${result.ours[k].toFixed(1).padStart(7)} ms   d3 ${result.d3[k].toFixed(1).padStart(7)} ms   ${ratio.toFixed(2)}×  (median of ${runs})`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
