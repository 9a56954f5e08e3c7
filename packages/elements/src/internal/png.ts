/**
 * Draws an SVG chart onto a canvas with Canvas 2D, shape by shape (rect, circle, line, path,
 * polygon, polyline, text) from the same elements and their computed styles. The SVG is never
 * loaded as an image, so this works under a strict Content-Security-Policy.
 */
export function drawSvgToCanvas(svg: SVGSVGElement, scale = 2): HTMLCanvasElement {
  const box = svg.viewBox.baseVal;
  const width = box && box.width > 0 ? box.width : svg.clientWidth;
  const height = box && box.height > 0 ? box.height : svg.clientHeight;
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) return canvas;
  const rootInverse = svg.getScreenCTM()?.inverse();
  const bg = getComputedStyle(
    svg.getRootNode() instanceof ShadowRoot ? (svg.getRootNode() as ShadowRoot).host : svg,
  ).backgroundColor;
  if (bg && bg !== 'rgba(0, 0, 0, 0)') {
    ctx.fillStyle = bg;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  for (const el of Array.from(
    svg.querySelectorAll<SVGGraphicsElement>('rect, circle, line, path, polygon, polyline, text'),
  )) {
    const cs = getComputedStyle(el);
    if (cs.visibility === 'hidden' || cs.display === 'none' || el.closest('[aria-hidden="true"].no-export'))
      continue;
    const m = el.getScreenCTM();
    if (!m || !rootInverse) continue;
    const t = rootInverse.multiply(m);
    ctx.setTransform(
      t.a * scale,
      t.b * scale,
      t.c * scale,
      t.d * scale,
      (t.e - (box?.x ?? 0)) * scale,
      (t.f - (box?.y ?? 0)) * scale,
    );
    ctx.globalAlpha = Number(cs.opacity) || 1;
    const fill = cs.fill && cs.fill !== 'none' ? cs.fill : undefined;
    const stroke = cs.stroke && cs.stroke !== 'none' ? cs.stroke : undefined;
    ctx.lineWidth = parseFloat(cs.strokeWidth) || 1;
    const dash =
      cs.strokeDasharray && cs.strokeDasharray !== 'none'
        ? cs.strokeDasharray.split(/[\s,]+/).map(parseFloat)
        : [];
    ctx.setLineDash(dash.filter((n) => Number.isFinite(n)));
    if (el instanceof SVGTextElement) {
      ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const anchor = cs.textAnchor;
      ctx.textAlign = anchor === 'middle' ? 'center' : anchor === 'end' ? 'end' : 'start';
      const baseline = cs.dominantBaseline;
      ctx.textBaseline =
        baseline === 'middle' || baseline === 'central'
          ? 'middle'
          : baseline === 'hanging'
            ? 'top'
            : 'alphabetic';
      const x = el.x.baseVal[0]?.value ?? 0;
      const y = el.y.baseVal[0]?.value ?? 0;
      ctx.fillStyle = fill ?? cs.color;
      ctx.fillText(el.textContent ?? '', x, y);
      continue;
    }
    const path = shapePath(el);
    if (!path) continue;
    if (fill && !(el instanceof SVGLineElement) && !(el instanceof SVGPolylineElement)) {
      ctx.fillStyle = fill;
      ctx.fill(path);
    }
    if (stroke) {
      ctx.strokeStyle = stroke;
      ctx.stroke(path);
    }
  }
  return canvas;
}

function shapePath(el: SVGGraphicsElement): Path2D | undefined {
  if (el instanceof SVGPathElement) return new Path2D(el.getAttribute('d') ?? '');
  const p = new Path2D();
  if (el instanceof SVGRectElement) {
    p.rect(el.x.baseVal.value, el.y.baseVal.value, el.width.baseVal.value, el.height.baseVal.value);
  } else if (el instanceof SVGCircleElement) {
    p.arc(el.cx.baseVal.value, el.cy.baseVal.value, el.r.baseVal.value, 0, Math.PI * 2);
  } else if (el instanceof SVGLineElement) {
    p.moveTo(el.x1.baseVal.value, el.y1.baseVal.value);
    p.lineTo(el.x2.baseVal.value, el.y2.baseVal.value);
  } else if (el instanceof SVGPolygonElement || el instanceof SVGPolylineElement) {
    const pts = Array.from(el.points);
    pts.forEach((pt, i) => (i === 0 ? p.moveTo(pt.x, pt.y) : p.lineTo(pt.x, pt.y)));
    if (el instanceof SVGPolygonElement) p.closePath();
  } else {
    return undefined;
  }
  return p;
}

/** The chart as a PNG blob, drawn by {@link drawSvgToCanvas}. */
export function svgToPngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const canvas = drawSvgToCanvas(svg, scale);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'),
  );
}
