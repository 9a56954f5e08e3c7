// Benchmark: <mittari-map> with the 308 municipalities in Chromium — first render, recolour and
// hover-to-painted-tooltip — against a plain d3 render of the same map (d3-geo projecting the
// WGS84 boundaries at runtime, topojson-client, a simple tooltip) in the same page run.
// Run: node tests/bench/map.bench.mjs [--smoke]   (needs `pnpm run build` first)
//
// Like with like (decision 0556):
// - Same box: the d3 SVG is given the size <mittari-map> draws its SVG at (measured once in the
//   warm-up), and d3 fits the projection to that box.
// - Same start and end: every measurement starts at the top of an animation frame and ends in a
//   task queued after the DOM is complete and a forced layout — a task that runs after that
//   frame's style, layout and paint. No one waits for a later vsync, so the figures are the work
//   (script, style, layout, paint) and not where in the 16.7 ms frame the work happened to end.
// - Same conditions: the two alternate run by run (load on a shared machine hits both), and the
//   garbage of earlier runs is collected before each measurement (Chromium with --expose-gc).
// Each figure is printed as wall time and as main-thread CPU time (the thread clock of the
// trace, between the same two points): on a busy machine the second is the steadier.
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
const browser = await chromium.launch(launchOptions(['--js-flags=--expose-gc']));
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
  // Any page of the server's origin (a 404 is fine): the bundle and the data are then same-origin.
  await page.goto(new URL('bench-blank', server.url).href);
  await page.setContent(
    '<!doctype html><html lang="fi"><body><div id="host" style="width:600px"></div></body></html>',
  );
  // The CMS bundle fetches an element's code when its tag first appears; the bench creates maps
  // from script, so it asks for the map's code up front (`load`, where the bundle has it).
  await page.evaluate(async (url) => {
    const bundle = await import(url);
    await bundle.load?.('mittari-map');
  }, new URL('mittari/mittari.js', server.url).href);
  for (const [name, file] of [
    ['d3-array', 'd3-array.min.js'],
    ['d3-geo', 'd3-geo.min.js'],
    ['topojson-client', 'topojson-client.min.js'],
  ]) {
    await page.addScriptTag({ content: await umd(name, file) });
  }
  await page.waitForFunction(() => customElements.get('mittari-map') !== undefined);

  // Main-thread CPU time of each measurement, from the thread clock (`tts`) the trace gives
  // the page's performance marks: unlike wall time, it does not grow when other processes on a
  // shared machine take the cores.
  const cdp = await page.context().newCDPSession(page);
  const marks = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    for (const e of value) if (e.cat === 'blink.user_timing' && e.tts !== undefined) marks.push(e);
  });
  const traced = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['blink.user_timing'] },
    transferMode: 'ReportEvents',
  });

  const result = await page.evaluate(
    async ({ runs, base }) => {
      // Start: the top of an animation frame. End: a task queued once the DOM is complete and laid
      // out; it runs after the frame's rendering (style, layout, paint) has finished.
      // Each measurement is also marked (`<name>:start`, `<name>:end`) for its main-thread CPU time.
      let mark = '';
      const frameStart = async (name) => {
        globalThis.gc?.();
        await new Promise((r) => requestAnimationFrame(r));
        mark = name;
        performance.mark(`${name}:start`);
        return performance.now();
      };
      const painted = (t) => {
        void document.body.offsetHeight;
        return new Promise((r) =>
          setTimeout(() => {
            performance.mark(`${mark}:end`);
            r(performance.now() - t);
          }, 0),
        );
      };
      const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const host = document.getElementById('host');
      const doc = await (await fetch(new URL('data/municipality.json', base))).json();
      const wgs = await (
        await fetch(new URL('mittari/assets/municipality-2025-wgs84.topo.json', base))
      ).json();
      const attrs = {
        level: 'municipality',
        indicator: 'unemployed-share',
        period: '2025-01',
        theme: 'light',
      };
      const drawn = (el) => el.shadowRoot?.querySelectorAll('path.area').length === 308;

      // Warm-up: parse the dataset and load the boundaries once (shared by every run), and
      // measure the box the map's SVG is drawn in, for the d3 baseline.
      const warm = document.createElement('mittari-map');
      Object.assign(warm, { data: doc });
      for (const [k, v] of Object.entries(attrs)) warm.setAttribute(k, v);
      host.append(warm);
      for (let i = 0; !drawn(warm); i++) {
        if (i > 500)
          throw new Error(`the map never drew: ${warm.shadowRoot?.textContent?.trim().slice(0, 200)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      const dataset = warm.loader.dataset;
      const box = warm.shadowRoot.querySelector('svg[part~="chart"]').getBoundingClientRect();
      const [width, height] = [Math.round(box.width), Math.round(box.height)];
      warm.remove();

      const ours = { first: [], recolour: [], hover: [] };
      async function runOurs() {
        const el = document.createElement('mittari-map');
        el.data = dataset;
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        let t = await frameStart('ours/first');
        host.append(el);
        // The boundaries are already loaded: the map draws within this task's microtasks. Should
        // they not be, wait a frame at a time (which the figure then shows).
        for (let n = 0; !drawn(el); n++) {
          await el.updateComplete;
          if (!drawn(el)) await (n < 20 ? Promise.resolve() : new Promise((r) => requestAnimationFrame(r)));
        }
        ours.first.push(await painted(t));
        t = await frameStart('ours/recolour');
        // Every run recolours to another period (setting the same one would cost nothing).
        el.period = '2024-06';
        await el.updateComplete;
        ours.recolour.push(await painted(t));
        const path = el.shadowRoot.querySelector('path[data-code="KU091"]');
        t = await frameStart('ours/hover');
        path.dispatchEvent(new PointerEvent('pointerenter', { clientX: 100, clientY: 100 }));
        await el.updateComplete;
        ours.hover.push(await painted(t));
        if (!el.shadowRoot.querySelector('[part="tooltip"]')?.textContent?.includes('Helsinki'))
          throw new Error('no tooltip after hover');
        el.remove();
      }

      // Baseline: plain d3, projecting at runtime; like the map, it reads the period's values
      // from the parsed dataset inside the measurement.
      const o = doc.observations;
      const ind = o.indicators.indexOf('unemployed-share');
      const valuesOf = (period) => {
        const values = new Map();
        const per = o.periods.indexOf(period);
        for (let r = 0; r < o.value.length; r++)
          if (o.indicator[r] === ind && o.period[r] === per) values.set(o.areas[o.area[r]], o.value[r]);
        return values;
      };
      const colors = ['#08306b', '#2171b5', '#6baed6', '#c6dbef', '#eff3ff'];
      const fillOf = (v) => (v == null ? '#ccc' : colors[Math.min(4, Math.floor(v / 4))]);
      const base0 = { first: [], recolour: [], hover: [] };
      async function runD3(i) {
        let t = await frameStart('d3/first');
        const values = valuesOf('2025-01');
        const features = topojson.feature(wgs, wgs.objects[wgs.metadata.object]).features;
        const projection = d3
          .geoTransverseMercator()
          .rotate([-27, 0])
          .fitSize([width, height], { type: 'FeatureCollection', features });
        const path = d3.geoPath(projection);
        const svgNs = 'http://www.w3.org/2000/svg';
        const svg = document.createElementNS(svgNs, 'svg');
        svg.setAttribute('width', String(width));
        svg.setAttribute('height', String(height));
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
        base0.first.push(await painted(t));
        t = await frameStart('d3/recolour');
        const next = valuesOf('2024-06');
        for (const [f, p] of els) p.setAttribute('fill', fillOf(next.get(f.id)));
        base0.recolour.push(await painted(t));
        t = await frameStart('d3/hover');
        els.find(([f]) => f.id === 'KU091')?.[1].dispatchEvent(new MouseEvent('mouseenter'));
        base0.hover.push(await painted(t));
        svg.remove();
        tip.remove();
      }

      // Alternate, so that load from elsewhere on a shared machine falls on both alike.
      for (let i = 0; i < runs; i++) {
        await runOurs();
        await runD3(i);
      }
      const m = (x) => ({ first: median(x.first), recolour: median(x.recolour), hover: median(x.hover) });
      return { ours: m(ours), d3: m(base0), box: `${width}×${height}` };
    },
    { runs, base: server.url },
  );
  await cdp.send('Tracing.end');
  await traced;
  const started = new Map();
  const cpu = {};
  for (const e of marks.sort((a, b) => a.ts - b.ts)) {
    const [name, edge] = e.name.split(':');
    if (edge === 'start') started.set(name, e.tts);
    else if (edge === 'end' && started.has(name)) (cpu[name] ??= []).push((e.tts - started.get(name)) / 1000);
  }
  const median = (xs) => (xs?.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : NaN);
  const ms = (v) => `${v.toFixed(1).padStart(6)} ms`;
  for (const k of ['first', 'recolour', 'hover']) {
    const [oursCpu, d3Cpu] = [median(cpu[`ours/${k}`]), median(cpu[`d3/${k}`])];
    console.log(
      `map 308 municipalities, ${k.padEnd(8)} mittari ${ms(result.ours[k])}  d3 ${ms(result.d3[k])}  ${(result.ours[k] / result.d3[k]).toFixed(2)}×` +
        `   main-thread CPU: mittari ${ms(oursCpu)}  d3 ${ms(d3Cpu)}  ${(oursCpu / d3Cpu).toFixed(2)}×` +
        `  (medians of ${runs}, ${result.box} px)`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
