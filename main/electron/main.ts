import { fileURLToPath } from 'node:url';
import { runApp } from './run-app.ts';

// Bundled to dist/main/main.mjs; the renderer is built to dist/renderer.
const mainDir = fileURLToPath(new URL('.', import.meta.url));
runApp({ mainDir, rendererDir: fileURLToPath(new URL('../renderer/', import.meta.url)), env: process.env });
