import { describe, expect, it } from 'vitest';
import { navigationGraph } from './navigation.js';

describe('navigationGraph', () => {
  it('links an island both ways to the areas nearest to it', () => {
    const graph = navigationGraph({
      neighbours: { A: ['B'], B: ['A'], C: [] },
      nearest: { C: { up: 'A', down: null, left: 'B', right: null } },
    });
    expect(graph.get('C')).toEqual(['A', 'B']);
    expect(graph.get('A')).toEqual(['B', 'C']);
    expect(graph.get('B')).toEqual(['A', 'C']);
  });
});
