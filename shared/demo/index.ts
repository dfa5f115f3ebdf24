export { buildDemoDataset } from './build.ts';
export type { DemoOptions } from './build.ts';
export type { DemoDataset } from './context.ts';
export { DEMO_AS_OF, DEMO_TERM } from './programmes.ts';
export { DEMO_SEED, seededRandomBytes } from './random.ts';
export { LONG_BIEN_WARDS } from './units.ts';
export type { WardName } from './units.ts';
