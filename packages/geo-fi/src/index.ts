// Classification tables (synchronous, inside the module graph; tree-shaken by what you import).
export { GEO_LEVELS, GROUPING_LEVELS, LEVEL_PREFIX, isGroupingLevel } from './levels.js';
export type { GeoLevel, GroupingLevel } from './levels.js';
export {
  CLASSIFICATION_SPAN,
  CLASSIFICATION_YEARS,
  areaInfo,
  areaLabel,
  areasOf,
  levelYears,
} from './names.js';
export type { AreaInfo, AreaLabel } from './names.js';
export { classification } from './classification.js';
export type { YearClassification } from './classification.js';
export { areaOf, membership, membersOf } from './membership.js';

// Codes over time.
export { checkAreaCode, mergerOf, mergers, successorOf } from './codes.js';
export type { CheckedArea, Merger } from './codes.js';

// Boundaries (lazy assets) and drawing.
export { BOUNDARY_LEVELS, DIVISIONS, PROJECTIONS, boundaryAssetUrl, loadBoundaries } from './boundaries.js';
export type {
  AssetLoader,
  BoundaryLevel,
  Boundaries,
  Division,
  LoadBoundariesOptions,
  Nearest,
  Projection,
} from './boundaries.js';
export { toSvgPaths } from './svg.js';
export type { AreaPath, SvgPathOptions, SvgPaths } from './svg.js';
export { navigationGraph } from './navigation.js';
export { areaRings, decodeArcs, stitchArcs } from './topojson.js';
export type { TopoArea, TopoAreaProperties, TopoLines, TopoTransform, Topology } from './topojson.js';
export { ATTRIBUTION } from './attribution.js';
