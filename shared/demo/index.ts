export { buildDemoDataset } from './build.ts';
export type { DemoOptions } from './build.ts';
export type { DemoDataset } from './context.ts';
export { DEMO_AS_OF, DEMO_TERM } from './programmes.ts';
export { DEMO_SEED, seededRandomBytes } from './random.ts';
export { LONG_BIEN_WARDS } from './units.ts';
export type { WardName } from './units.ts';

/** The "now" the district server's demo data is built with (`admin seed-demo`), so every seed is the same. */
export const DEMO_SERVER_NOW = Date.UTC(2023, 9, 20);
