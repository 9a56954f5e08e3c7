import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';
import type { TableModel } from './table-model.js';

// Synthetic table: made-up labels and numbers.
const model: TableModel = {
  caption: 'synthetic',
  columns: [
    { key: 'area', label: 'Alue' },
    { key: 'value', label: 'Arvo', unit: '%', numeric: true },
  ],
  rows: [
    [{ text: 'A; "B"' }, { text: '1 234,5 %', value: 1234.5, status: 'final' }],
    [{ text: '@SUM(A1)' }, { text: 'salattu', value: null, status: 'suppressed', statusText: 'salattu' }],
    [{ text: '-1+1' }, { text: '−0,3 %', value: -0.3, status: 'provisional', statusText: 'ennakkotieto' }],
  ],
};

describe('toCsv', () => {
  it('writes fi with a BOM, ; separators, decimal commas and no grouping', () => {
    expect(toCsv(model, 'fi')).toBe(
      '\uFEFFAlue;Arvo (%)\r\n"A; ""B""";1234,5\r\n\'@SUM(A1);salattu\r\n\'-1+1;-0,3\r\n',
    );
  });
  it('writes en with , and . and no BOM', () => {
    expect(toCsv(model, 'en')).toBe(
      'Alue,Arvo (%)\r\n"A; ""B""",1234.5\r\n\'@SUM(A1),salattu\r\n\'-1+1,-0.3\r\n',
    );
  });
  it('never writes a number for a suppressed value', () => {
    const hidden: TableModel = {
      ...model,
      rows: [[{ text: 'x' }, { text: '', value: null, status: 'suppressed', statusText: 'skyddad' }]],
    };
    expect(toCsv(hidden, 'sv')).toMatch(/x;skyddad/);
  });
});
