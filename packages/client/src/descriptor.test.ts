import { describe, expect, it } from 'vitest';
import { descriptorKey, parseSourceDescriptor } from './descriptor.js';
import type { MittariError } from './errors.js';

function thrown(f: () => unknown): MittariError {
  try {
    f();
  } catch (e) {
    return e as MittariError;
  }
  throw new Error('expected an error');
}

describe('parseSourceDescriptor', () => {
  it('accepts every format, also as JSON text from an attribute', () => {
    expect(parseSourceDescriptor('{"format":"mittari","url":"/data/steering.json"}')).toEqual({
      format: 'mittari',
      url: '/data/steering.json',
    });
    expect(
      parseSourceDescriptor({
        format: 'json-stat',
        url: 'https://x.example/a.json',
        area: 'MK06',
        dimensions: { period: 'vuosi' },
      }).format,
    ).toBe('json-stat');
    expect(
      parseSourceDescriptor({
        format: 'pxweb',
        api: 'v2',
        baseUrl: 'https://statfin.stat.fi/PxWeb/api/v2',
        table: '12r5',
        selection: { Alue: '*', Kuukausi: { top: 12 }, Tiedot: { values: ['a'], codelist: 'x' } },
      }).format,
    ).toBe('pxweb');
    expect(
      parseSourceDescriptor({
        format: 'csv',
        url: 'a.csv',
        columns: { period: 'kk', value: 'arvo' },
        delimiter: ';',
        decimal: ',',
      }).format,
    ).toBe('csv');
  });

  it('refuses prototype keys anywhere', () => {
    const e = thrown(() =>
      parseSourceDescriptor(
        '{"format":"csv","url":"a.csv","columns":{"period":"p","value":"v","__proto__":{"polluted":1}}}',
      ),
    );
    expect(e).toMatchObject({ code: 'schema', issues: ['columns.__proto__'] });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(
      thrown(() =>
        parseSourceDescriptor({
          format: 'pxweb',
          api: 'v2',
          baseUrl: 'https://x',
          table: 't',
          selection: { constructor: '*' },
        }),
      ).code,
    ).toBe('schema');
  });

  it('names the bad fields', () => {
    expect(
      thrown(() =>
        parseSourceDescriptor({
          format: 'pxweb',
          api: 'v3',
          baseUrl: 'https://x',
          table: 't',
          selection: {},
        }),
      ).issues,
    ).toContain('api');
    expect(thrown(() => parseSourceDescriptor({ format: 'excel' })).code).toBe('schema');
    expect(thrown(() => parseSourceDescriptor('{not json')).code).toBe('parse');
  });

  it('takes a per-attempt timeout in a sane range on sources read over HTTP', () => {
    expect(parseSourceDescriptor({ format: 'mittari', url: '/d.json', timeout: 5000 })).toMatchObject({
      timeout: 5000,
    });
    for (const timeout of [0, 99, 300_001, 1.5, '5000'])
      expect(
        thrown(() => parseSourceDescriptor({ format: 'mittari', url: '/d.json', timeout })).issues,
      ).toContain('timeout');
  });

  it('refuses non-http URLs', () => {
    expect(
      thrown(() => parseSourceDescriptor({ format: 'mittari', url: 'javascript:alert(1)' })).issues,
    ).toContain('url');
    expect(
      thrown(() => parseSourceDescriptor({ format: 'mittari', url: 'data:application/json,{}' })).code,
    ).toBe('schema');
  });
});

describe('descriptorKey', () => {
  it('does not depend on key order', () => {
    expect(descriptorKey({ url: 'a', format: 'mittari' })).toBe(
      descriptorKey({ format: 'mittari', url: 'a' }),
    );
    expect(descriptorKey({ format: 'mittari', url: 'a' })).not.toBe(
      descriptorKey({ format: 'mittari', url: 'b' }),
    );
  });
});
