import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** Bundles bench/browser (the real engine and write path from renderer/) into `outDir`. */
export async function buildBenchPage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: fileURLToPath(new URL('../browser', import.meta.url)),
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, sourcemap: false, minify: false, chunkSizeWarningLimit: 5000 },
  });
}
