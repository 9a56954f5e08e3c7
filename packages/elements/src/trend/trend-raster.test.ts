import { afterEach, describe, expect, it } from 'vitest';
import { serializeSvg } from '../internal/svg-serialize.js';
import './trend.js';
import { MIN_COLUMNS_PER_PX, type MittariTrend } from './trend.component.js';
import { syntheticDaily } from './trend.fixtures.js';

/**
 * Decimation must be visually lossless: the reduced and the full render of 5 × 20 000 points,
 * rasterised by Chromium at device pixel ratios 1 and 2, may differ in at most 0.1 % of pixels
 * by more than CHANNEL_TOLERANCE in any channel (anti-aliasing of a vertex moved by < 1/100 px).
 */
const CHANNEL_TOLERANCE = 48;
const MAX_SHARE = 0.001;
const WIDTH = 640;
const HEIGHT = 320;

async function render(data: unknown, decimate: boolean): Promise<MittariTrend> {
  const el = document.createElement('mittari-trend');
  el.style.width = `${WIDTH}px`;
  el.setAttribute('lang', 'fi');
  el.setAttribute('no-export', '');
  el.decimate = decimate;
  el.data = data;
  document.body.append(el);
  for (let i = 0; i < 50; i++) {
    await el.updateComplete;
    if (el.shadowRoot?.querySelector('svg[part~="chart"]')?.getAttribute('width') === String(WIDTH)) break;
    await new Promise((r) => requestAnimationFrame(r));
  }
  return el;
}

async function rasterise(el: MittariTrend, dpr: number): Promise<Uint8ClampedArray> {
  const svg = el.shadowRoot?.querySelector('svg[part~="chart"]');
  if (!svg) throw new Error('no chart');
  const text = serializeSvg(svg, { computedStyle: true });
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH * dpr;
  canvas.height = HEIGHT * dpr;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return ctx.getImageData(0, 0, canvas.width, canvas.height).data;
}

function differingShare(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  let differing = 0;
  for (let i = 0; i < a.length; i += 4) {
    const d = Math.max(
      Math.abs((a[i] ?? 0) - (b[i] ?? 0)),
      Math.abs((a[i + 1] ?? 0) - (b[i + 1] ?? 0)),
      Math.abs((a[i + 2] ?? 0) - (b[i + 2] ?? 0)),
    );
    if (d > CHANNEL_TOLERANCE) differing++;
  }
  return differing / (a.length / 4);
}

const original = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');

afterEach(() => {
  document.body.replaceChildren();
  if (original) Object.defineProperty(window, 'devicePixelRatio', original);
});

describe('<mittari-trend> decimation', () => {
  for (const dpr of [1, 2]) {
    it(`draws 5 × 20 000 points reduced per pixel column like the full render at device pixel ratio ${dpr}`, async () => {
      Object.defineProperty(window, 'devicePixelRatio', { value: dpr, configurable: true });
      const data = syntheticDaily(20_000, 5);
      const reduced = await render(data, true);
      const full = await render(data, false);
      const vertices = (el: MittariTrend) =>
        Array.from(el.shadowRoot?.querySelectorAll('path.line') ?? []).reduce(
          (n, p) => n + (p.getAttribute('d')?.split(/[ML]/).length ?? 1) - 1,
          0,
        );
      // The reduced render really is reduced, the full one really is full.
      expect(vertices(full)).toBe(100_000);
      expect(vertices(reduced)).toBeLessThanOrEqual(5 * 4 * (WIDTH * Math.max(MIN_COLUMNS_PER_PX, dpr) + 1));
      expect(vertices(reduced)).toBeLessThan(100_000);
      const share = differingShare(await rasterise(reduced, dpr), await rasterise(full, dpr));
      console.log(
        `dpr ${dpr}: ${(share * 100).toFixed(4)} % of pixels differ by more than ${CHANNEL_TOLERANCE}/255`,
      );
      expect(share).toBeLessThanOrEqual(MAX_SHARE);
    });
  }
});
