import { describe, expect, it } from 'vitest';
import { placeMarkers } from './trend-annotations.js';
import { linearScale } from './trend-scale.js';

const xs = linearScale(0, 100, 0, 500);

describe('placeMarkers', () => {
  it('labels a break and keeps a revision as a small unlabelled mark', () => {
    const m = placeMarkers(
      [
        { x: 50, kind: 'break', label: 'TE24-uudistus' },
        { x: 20, kind: 'revision', label: 'Työvoiman päivitys' },
      ],
      xs,
      500,
    );
    expect(m).toEqual([
      { x: 100, kind: 'revision', label: 'Työvoiman päivitys', lane: 0, anchor: 'start', labelled: false },
      { x: 250, kind: 'break', label: 'TE24-uudistus', lane: 0, anchor: 'start', labelled: true },
    ]);
  });

  it('stacks labels that would overlap and turns labels at the right edge inwards', () => {
    const m = placeMarkers(
      [
        { x: 10, kind: 'break', label: 'Ensimmäinen pitkä merkintä' },
        { x: 12, kind: 'note', label: 'Toinen' },
        { x: 99, kind: 'note', label: 'Loppu' },
      ],
      xs,
      500,
    );
    expect(m.map((p) => p.lane)).toEqual([0, 1, 0]);
    expect(m[2]?.anchor).toBe('end');
  });

  it('drops markers outside the domain', () => {
    expect(placeMarkers([{ x: 150, kind: 'break', label: 'x' }], xs, 500)).toEqual([]);
  });
});
