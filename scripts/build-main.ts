import { build, type BuildOptions } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** Bundles Electron's main process (ESM) and the sandboxed preload (CommonJS, one file) into dist/main. */
const root = fileURLToPath(new URL('../', import.meta.url));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: true,
  absWorkingDir: root,
  external: ['electron', 'electron-updater'],
  logLevel: 'warning',
} satisfies BuildOptions;

await Promise.all([
  build({
    ...common,
    entryPoints: ['main/electron/main.ts'],
    outfile: 'dist/main/main.mjs',
    format: 'esm',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  }),
  build({
    ...common,
    entryPoints: ['main/preload/preload.ts'],
    outfile: 'dist/main/preload.cjs',
    format: 'cjs',
  }),
]);
