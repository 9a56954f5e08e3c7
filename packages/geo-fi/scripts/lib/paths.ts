import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** The package root (packages/geo-fi). */
export const PACKAGE_DIR = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** The monorepo root. */
export const REPO_DIR = resolve(PACKAGE_DIR, '../..');
/** The shared open data, beside the repository (never copied whole into it). */
export const SHARED_DATA_DIR = resolve(REPO_DIR, '../shared/data');
export const ASSETS_DIR = resolve(PACKAGE_DIR, 'assets');
export const GENERATED_DIR = resolve(PACKAGE_DIR, 'src/generated');
