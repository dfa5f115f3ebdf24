import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Fails when the project's own modules import each other in a circle. Reads every relative import
 * (static, type-only, `export … from` and dynamic) of the TypeScript sources and runs a depth-first
 * search. Type imports count: a type cycle still ties two files' meanings together.
 */
const root = fileURLToPath(new URL('../', import.meta.url));
const folders = ['shared', 'main', 'renderer', 'server', 'e2e', 'bench', 'scripts'];
const importPattern =
  /(?:import|export)\s[^'"`;]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function sources(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    if (name === 'node_modules' || name === 'dist') return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(importPattern)].map((match) => resolve(dirname(file), match[1] ?? match[2] ?? ''));
}

const files = folders.flatMap((folder) => sources(join(root, folder)));
const graph = new Map(files.map((file) => [file, importsOf(file).filter((target) => target !== file)]));
const state = new Map<string, 'visiting' | 'done'>();
const cycles: string[][] = [];

function visit(file: string, stack: string[]): void {
  if (state.get(file) === 'done') return;
  if (state.get(file) === 'visiting') {
    cycles.push([...stack.slice(stack.indexOf(file)), file]);
    return;
  }
  state.set(file, 'visiting');
  for (const next of graph.get(file) ?? []) if (graph.has(next)) visit(next, [...stack, file]);
  state.set(file, 'done');
}

for (const file of files) visit(file, []);
if (cycles.length > 0) {
  for (const cycle of cycles)
    console.error(`Import cycle: ${cycle.map((f) => relative(root, f)).join(' → ')}`);
  process.exit(1);
}
console.log(`No import cycles among ${files.length} modules.`);
