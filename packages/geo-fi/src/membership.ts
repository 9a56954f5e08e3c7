import { MEMBERS, MEMBERSHIP } from './generated/membership.js';
import { areaInfo, areasOf } from './names.js';
import { LEVEL_PREFIX, isGroupingLevel, type GroupingLevel } from './levels.js';

const MUNICIPALITY_CODES = MEMBERS.split(',').map((n) => `KU${n}`);
const decoded = new Map<GroupingLevel, readonly string[]>();

function cells(level: GroupingLevel): readonly string[] {
  let c = decoded.get(level);
  if (!c) decoded.set(level, (c = MEMBERSHIP[level].split(',')));
  return c;
}

/** The area number a packed cell (`10>2021:12`) gives for a year. */
function cellAt(cell: string, year: number): string | undefined {
  if (!cell) return undefined;
  const [first, ...changes] = cell.split('>');
  let value = first;
  for (const change of changes) {
    const [from, n] = change.split(':');
    if (Number(from) <= year) value = n;
  }
  return value;
}

/**
 * Which area of a level each municipality belonged to in a year: municipality code (`KU…`) →
 * area code. Only municipalities and areas that existed that year; empty when the level did not.
 *
 * @example
 * ```ts
 * membership('region', 2025).get('KU091');          // "MK01"
 * membership('employment-area', 2025).get('KU478'); // undefined (Åland is not an employment area)
 * ```
 */
export function membership(level: GroupingLevel, year: number): Map<string, string> {
  const key = `${level} ${year}`;
  let entries = computed.get(key);
  if (!entries) computed.set(key, (entries = [...compute(level, year)]));
  // A fresh Map each call: callers may change theirs.
  return new Map(entries);
}

const computed = new Map<string, readonly [string, string][]>();

function compute(level: GroupingLevel, year: number): Map<string, string> {
  const out = new Map<string, string>();
  const current = new Set(areasOf('municipality', year).map((a) => a.code));
  const valid = new Set(areasOf(level, year).map((a) => a.code));
  cells(level).forEach((cell, i) => {
    const m = MUNICIPALITY_CODES[i]!;
    if (!current.has(m)) return;
    const n = cellAt(cell, year);
    const area = n === undefined ? undefined : LEVEL_PREFIX[level] + n;
    if (area !== undefined && valid.has(area)) out.set(m, area);
  });
  return out;
}

/**
 * The area of a level a municipality belonged to in a year, or `undefined`.
 *
 * @example
 * ```ts
 * areaOf('KU090', 'region', 2020); // "MK10" (Heinävesi moved to North Karelia in 2021)
 * ```
 */
export function areaOf(municipality: string, level: GroupingLevel, year: number): string | undefined {
  return membership(level, year).get(municipality);
}

/**
 * The municipalities (`KU…`, sorted) that made up an area in a year: for a grouping level its
 * members, `SSS` every municipality, `MA1` every one outside Åland (MK21), a municipality itself.
 * Empty when the area did not exist that year.
 *
 * @example
 * ```ts
 * membersOf('TA01', 2025); // ["KU049", "KU235"] (Espoo, Kauniainen)
 * ```
 */
export function membersOf(areaCode: string, year: number): string[] {
  const info = areaInfo(areaCode);
  if (!info || year < info.years[0] || year > info.years[1]) return [];
  const municipalities = areasOf('municipality', year).map((a) => a.code);
  if (info.level === 'municipality') return [areaCode];
  if (info.level === 'country') {
    if (areaCode === 'SSS') return municipalities;
    const regions = membership('region', year);
    return municipalities.filter((m) => regions.get(m) !== 'MK21');
  }
  if (!isGroupingLevel(info.level)) return [];
  return [...membership(info.level, year)]
    .filter(([, a]) => a === areaCode)
    .map(([m]) => m)
    .sort();
}
