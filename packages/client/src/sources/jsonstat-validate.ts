/**
 * JSON-stat 2.0 rule checks, with the error codes of the JSON-stat validator's rule catalogue
 * (jsonstat/validator `rules-manifest.json`), so a `schema` error names the rule broken.
 */

/** How bad a finding is: only `error` makes a document invalid. */
export type Severity = 'error' | 'warning' | 'info';

/** One broken rule, where it was found. */
export interface RuleFinding {
  readonly code: string;
  readonly severity: Severity;
  readonly path: string;
  readonly message: string;
}

/** Largest cube the client reads (cells); beyond it a document is refused, not allocated. */
export const MAX_CELLS = 50_000_000;

const MAX_DEPTH = 8;

type Json = Record<string, unknown>;

const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const isNat = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

class Findings {
  readonly list: RuleFinding[] = [];
  add(code: string, severity: Severity, path: string, message: string): void {
    if (this.list.length < 100) this.list.push({ code, severity, path, message });
  }
}

/** The category ids of a dimension, in order, or `undefined` when `index` is unusable. */
export function categoryIds(category: Json, size: number | undefined): string[] | undefined {
  const index = category['index'];
  if (Array.isArray(index))
    return index.every((x) => typeof x === 'string') ? (index as string[]) : undefined;
  if (isObject(index)) {
    const ids: string[] = [];
    for (const [k, v] of Object.entries(index)) {
      if (!isNat(v)) return undefined;
      ids[v] = k;
    }
    return ids;
  }
  // Without an index a single category is named by its label (JSON-stat allows this for size 1).
  const label = category['label'];
  if (index === undefined && isObject(label)) {
    const keys = Object.keys(label);
    return size === undefined || keys.length === size ? keys : undefined;
  }
  return undefined;
}

function checkDimension(id: string, dim: unknown, size: number | undefined, path: string, f: Findings): void {
  if (!isObject(dim) || !isObject(dim['category'])) {
    f.add('STRUCTURAL_VIOLATION', 'error', `${path}.category`, `dimension "${id}" has no category`);
    return;
  }
  const cat = dim['category'];
  const index = cat['index'];
  let ids: string[];
  if (Array.isArray(index)) {
    if (!index.every((x) => typeof x === 'string')) {
      f.add('STRUCTURAL_VIOLATION', 'error', `${path}.category.index`, `index of "${id}" must hold strings`);
      return;
    }
    ids = index as string[];
    if (size !== undefined && ids.length !== size) {
      f.add(
        'INDEX_COUNT_MISMATCH',
        'error',
        `${path}.category.index`,
        `"${id}" has ${ids.length} categories for size ${size}`,
      );
    }
  } else if (isObject(index)) {
    ids = Object.keys(index);
    const positions = Object.values(index);
    const n = size ?? ids.length;
    const seen = new Set<number>();
    const ok =
      positions.length === n &&
      positions.every((p) => isNat(p) && p < n && !seen.has(p) && (seen.add(p), true));
    if (!ok)
      f.add(
        'INDEX_POSITIONS_INVALID',
        'error',
        `${path}.category.index`,
        `positions of "${id}" are not 0…${n - 1}`,
      );
  } else if (index === undefined && isObject(cat['label'])) {
    ids = Object.keys(cat['label']);
    if (size !== undefined && ids.length !== size) {
      f.add(
        'INDEX_COUNT_MISMATCH',
        'error',
        `${path}.category.label`,
        `"${id}" has ${ids.length} categories for size ${size}`,
      );
    }
  } else {
    f.add('STRUCTURAL_VIOLATION', 'error', `${path}.category.index`, `dimension "${id}" has no index`);
    return;
  }
  const known = new Set(ids);
  const keyed: [string, string][] = [
    ['label', 'LABEL_KEY_UNKNOWN'],
    ['unit', 'UNIT_KEY_UNKNOWN'],
    ['coordinates', 'COORD_KEY_UNKNOWN'],
    ['note', 'NOTE_KEY_UNKNOWN'],
  ];
  for (const [field, code] of keyed) {
    const obj = cat[field];
    if (obj === undefined) continue;
    if (!isObject(obj)) {
      f.add(
        'STRUCTURAL_VIOLATION',
        'error',
        `${path}.category.${field}`,
        `category.${field} of "${id}" must be an object`,
      );
      continue;
    }
    const unknown = Object.keys(obj).find((k) => !known.has(k));
    if (unknown !== undefined)
      f.add(
        code,
        'error',
        `${path}.category.${field}.${unknown}`,
        `unknown category "${unknown}" in ${field} of "${id}"`,
      );
    if (field === 'label' && index !== undefined && Object.keys(obj).length < ids.length) {
      f.add(
        'LABEL_KEY_INCOMPLETE',
        'warning',
        `${path}.category.label`,
        `labels of "${id}" do not cover every category`,
      );
    }
  }
  const child = cat['child'];
  if (child !== undefined) checkHierarchy(id, child, known, `${path}.category.child`, f);
}

function checkHierarchy(id: string, child: unknown, known: Set<string>, path: string, f: Findings): void {
  if (!isObject(child)) {
    f.add('STRUCTURAL_VIOLATION', 'error', path, `category.child of "${id}" must be an object`);
    return;
  }
  const edges = new Map<string, string[]>();
  for (const [parent, kids] of Object.entries(child)) {
    if (!Array.isArray(kids) || !kids.every((k) => typeof k === 'string')) {
      f.add('STRUCTURAL_VIOLATION', 'error', `${path}.${parent}`, `children of "${parent}" must be strings`);
      continue;
    }
    const bad = [parent, ...(kids as string[])].find((k) => !known.has(k));
    if (bad !== undefined)
      f.add(
        'CHILD_ID_UNKNOWN',
        'error',
        `${path}.${parent}`,
        `unknown category "${bad}" in the hierarchy of "${id}"`,
      );
    edges.set(parent, kids as string[]);
  }
  // Iterative depth-first search with colours: grey on the stack, black when done.
  const colour = new Map<string, 1 | 2>();
  for (const start of edges.keys()) {
    if (colour.has(start)) continue;
    const stack: [string, number][] = [[start, 0]];
    colour.set(start, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (!top) break;
      const kids = edges.get(top[0]) ?? [];
      if (top[1] >= kids.length) {
        colour.set(top[0], 2);
        stack.pop();
        continue;
      }
      const next = kids[top[1]++] ?? '';
      const c = colour.get(next);
      if (c === 1) {
        f.add('CHILD_CYCLE', 'error', path, `the hierarchy of "${id}" has a cycle through "${next}"`);
        return;
      }
      if (c === undefined) {
        colour.set(next, 1);
        stack.push([next, 0]);
      }
    }
  }
}

function checkCells(name: 'value' | 'status', x: unknown, n: number, path: string, f: Findings): void {
  if (Array.isArray(x)) {
    if (x.length !== n) {
      const code = name === 'value' ? 'VALUE_LEN_MISMATCH' : 'STATUS_LEN_MISMATCH';
      f.add(code, 'error', path, `${name} has ${x.length} cells, size says ${n}`);
    }
    return;
  }
  if (isObject(x)) {
    const code = name === 'value' ? 'SPARSE_KEY_OUT_OF_RANGE' : 'STATUS_KEY_OUT_OF_RANGE';
    const bad = Object.keys(x).find((k) => !/^(0|[1-9]\d*)$/.test(k) || Number(k) >= n);
    if (bad !== undefined)
      f.add(code, 'error', `${path}.${bad}`, `${name} key "${bad}" is not a cell of 0…${n - 1}`);
    return;
  }
  if (name === 'status' && typeof x === 'string') return;
  f.add('STRUCTURAL_VIOLATION', 'error', path, `${name} must be an array or an object`);
}

/** Checks one dataset (2.0, or 1.x with `id`/`size`/`role` inside `dimension`). */
function checkDataset(ds: Json, path: string, f: Findings): void {
  const dimension = ds['dimension'];
  if (!isObject(dimension)) {
    f.add('STRUCTURAL_VIOLATION', 'error', `${path}dimension`, 'dataset has no dimension object');
    return;
  }
  const v1 = ds['id'] === undefined && Array.isArray(dimension['id']);
  const id = v1 ? dimension['id'] : ds['id'];
  const size = v1 ? dimension['size'] : ds['size'];
  const role = v1 ? dimension['role'] : ds['role'];
  if (
    !Array.isArray(id) ||
    !id.every((x) => typeof x === 'string') ||
    !Array.isArray(size) ||
    !size.every(isNat)
  ) {
    f.add(
      'STRUCTURAL_VIOLATION',
      'error',
      `${path}id`,
      'dataset needs id (strings) and size (whole numbers)',
    );
    return;
  }
  const ids = id as string[];
  const sizes = size as number[];
  if (ids.length !== sizes.length)
    f.add('ID_SIZE_LEN_MISMATCH', 'error', `${path}size`, `${ids.length} ids but ${sizes.length} sizes`);
  const keys = Object.keys(dimension).filter((k) => !(v1 && (k === 'id' || k === 'size' || k === 'role')));
  const idSet = new Set(ids);
  if (keys.length !== idSet.size || keys.some((k) => !idSet.has(k))) {
    f.add(
      'DIM_KEY_ID_MISMATCH',
      'error',
      `${path}dimension`,
      `dimension keys ${JSON.stringify(keys)} differ from id ${JSON.stringify(ids)}`,
    );
  }
  let n = 1;
  for (const s of sizes) n *= s;
  if (n > MAX_CELLS) {
    f.add('CUBE_SIZE_OVERFLOW', 'error', `${path}size`, `${n} cells is more than ${MAX_CELLS}`);
    return;
  }
  if (isObject(role)) {
    for (const r of ['time', 'geo', 'metric']) {
      const list = role[r];
      if (list === undefined) continue;
      const bad = Array.isArray(list) ? list.find((x) => typeof x !== 'string' || !idSet.has(x)) : list;
      if (bad !== undefined)
        f.add(
          'ROLE_ID_UNKNOWN',
          'error',
          `${path}role.${r}`,
          `role.${r} names unknown dimension ${JSON.stringify(bad)}`,
        );
    }
    const metric = role['metric'];
    if (Array.isArray(metric)) {
      for (const m of metric) {
        const d = typeof m === 'string' ? dimension[m] : undefined;
        const unit = isObject(d) && isObject(d['category']) ? d['category']['unit'] : undefined;
        if (isObject(d) && !(isObject(unit) && Object.keys(unit).length > 0)) {
          f.add(
            'METRIC_UNIT_MISSING',
            'warning',
            `${path}dimension.${String(m)}.category.unit`,
            `metric dimension "${String(m)}" has no unit`,
          );
        }
      }
    }
  }
  ids.forEach((d, i) => {
    if (Object.hasOwn(dimension, d)) checkDimension(d, dimension[d], sizes[i], `${path}dimension.${d}`, f);
  });
  if (ds['value'] !== undefined) checkCells('value', ds['value'], n, `${path}value`, f);
  if (ds['status'] !== undefined && ds['status'] !== null)
    checkCells('status', ds['status'], n, `${path}status`, f);
}

function checkAny(doc: unknown, path: string, depth: number, f: Findings): void {
  if (!isObject(doc)) {
    f.add('STRUCTURAL_VIOLATION', 'error', path || '(root)', 'a JSON-stat document must be an object');
    return;
  }
  if (depth > MAX_DEPTH) {
    f.add('RECURSION_LIMIT', 'info', path, 'collection nesting is too deep; inner items not checked');
    return;
  }
  const cls = doc['class'];
  if (cls === 'dataset') return checkDataset(doc, path, f);
  if (cls === 'collection') {
    const link = doc['link'];
    const items = isObject(link) ? link['item'] : undefined;
    if (items !== undefined && !Array.isArray(items)) {
      f.add('STRUCTURAL_VIOLATION', 'error', `${path}link.item`, 'link.item must be an array');
      return;
    }
    (items ?? []).forEach((item: unknown, i: number) => {
      if (isObject(item) && (item['dimension'] !== undefined || item['class'] === 'collection'))
        checkAny(item, `${path}link.item.${i}.`, depth + 1, f);
    });
    return;
  }
  if (cls === 'dimension') {
    checkDimension('dimension', doc, undefined, path || 'dimension', f);
    return;
  }
  if (cls === undefined && doc['dimension'] === undefined) {
    const entries = Object.entries(doc).filter(([k, v]) => k !== 'version' && isObject(v));
    if (entries.length > 0 && entries.every(([, v]) => isObject(v) && isObject(v['dimension']))) {
      f.add(
        'BUNDLE_DEPRECATED',
        'info',
        path || '(root)',
        'a pre-2.0 bundle (read, but deprecated: use a collection)',
      );
      for (const [k, v] of entries) checkDataset(v as Json, `${path}${k}.`, f);
      return;
    }
  }
  if (cls === undefined && isObject(doc['dimension'])) return checkDataset(doc, path, f);
  f.add(
    'STRUCTURAL_VIOLATION',
    'error',
    `${path}class`,
    `unknown JSON-stat class ${JSON.stringify(cls ?? null)}`,
  );
}

/**
 * Checks a JSON-stat document (2.0 dataset, collection or dimension; 1.x bundle) against the
 * JSON-stat rules. Never throws; the document is valid when no finding is an `error`.
 *
 * @example
 * ```ts
 * const findings = validateJsonStat(doc);
 * const broken = findings.find((f) => f.severity === 'error'); // e.g. { code: 'VALUE_LEN_MISMATCH', … }
 * ```
 */
export function validateJsonStat(doc: unknown): RuleFinding[] {
  const f = new Findings();
  checkAny(doc, '', 0, f);
  return f.list;
}
