import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BEGIN, END, renderMergePolicy, SYNC_DOC } from './docs-merge-policy.ts';

/**
 * Keeps the project's own docs honest (part of `npm run lint`). For README.md and docs/*.md it fails when:
 * - a backticked repository path (`shared/sync/merge.ts`, `renderer/src/{data,state}/`, `write.ts`) does
 *   not exist — a name without a folder must be some file's name; globs and placeholders are skipped;
 * - a link or a path leads outside the repository (`../…`);
 * - a folder named in README's "What is where" tree does not exist, or a folder of main/, renderer/src/,
 *   shared/ or server/ is missing from it;
 * - the merge-policy table of docs/sync.md differs from what scripts/docs-merge-policy.ts makes of
 *   shared/sync/merge-policy.ts.
 */
const root = fileURLToPath(new URL('../', import.meta.url));
const extensions = /\.(?:ts|tsx|js|mjs|cjs|json|md|yml|yaml|sql|css|html)$/;
/** Paths the docs name that exist only at run time (made by the app, the build or the tests). */
const runtimePaths = new Set([
  '.profiles/demo',
  '.data/server',
  'test-results/',
  'playwright-report/',
  'release/',
  'dist/',
  'bench/results/latest.json',
  'server/db/migrations/NNNN_*.sql',
]);
const skippedDirs = new Set(['node_modules', 'dist', '.git', 'release', 'test-results', 'playwright-report']);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (skippedDirs.has(name) || name.startsWith('.profiles') || name === '.data') return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [name];
  });
}

let basenames: Set<string> | null = null;
function someFileNamed(name: string): boolean {
  basenames ??= new Set(walk(root));
  return basenames.has(name);
}

/** `a/{b,c}/d` → `a/b/d`, `a/c/d` (one level of braces, any number of groups). */
function expandBraces(text: string): string[] {
  const match = /\{([^{}]*)\}/.exec(text);
  if (!match) return [text];
  const head = text.slice(0, match.index);
  const tail = text.slice(match.index + match[0].length);
  return (match[1] ?? '').split(',').flatMap((part) => expandBraces(head + part + tail));
}

function looksLikePath(span: string): boolean {
  if (/\s|:\/\/|^[#</~$-]|[<>=()'"`…]/.test(span)) return false;
  if (span.includes('*')) return false;
  return span.includes('/') || extensions.test(span);
}

function withoutFences(text: string): string {
  return text.replace(/^```[^\n]*\n[\s\S]*?^```[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' '));
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

const problems: string[] = [];

function checkDoc(file: string): void {
  const text = readFileSync(file, 'utf8');
  const name = relative(root, file).split(sep).join('/');
  const prose = withoutFences(text);
  for (const match of prose.matchAll(/`([^`\n]+)`/g)) {
    const span = (match[1] ?? '').trim().replace(/[.,;:]$/, '');
    const where = `${name}:${lineOf(text, match.index)}`;
    if (span.startsWith('../') || span.includes('/../')) {
      problems.push(`${where}: \`${span}\` points outside the repository`);
      continue;
    }
    if (!looksLikePath(span) || runtimePaths.has(span)) continue;
    for (const path of expandBraces(span)) {
      const found = path.includes('/') ? existsSync(join(root, path)) : someFileNamed(path);
      if (!found) problems.push(`${where}: \`${path}\` does not exist in the repository`);
    }
  }
  for (const match of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = match[1] ?? '';
    if (/^[a-z]+:/i.test(target) || target.startsWith('#')) continue;
    const where = `${name}:${lineOf(text, match.index)}`;
    const path = resolve(dirname(file), target.replace(/#.*$/, ''));
    if (relative(root, path).startsWith('..'))
      problems.push(`${where}: link ${target} leads outside the repository`);
    else if (!existsSync(path)) problems.push(`${where}: link ${target} does not exist`);
  }
  for (const match of text.matchAll(/(?<![\w.])\.\.\/shared\//g)) {
    problems.push(
      `${name}:${lineOf(text, match.index)}: names ../shared/, which is not part of the repository`,
    );
  }
}

/** README's "What is where" tree: every folder it names exists, and the main folders are all named. */
function checkTree(): void {
  const text = readFileSync(join(root, 'README.md'), 'utf8');
  const block = /## What is where\s*\n```[^\n]*\n([\s\S]*?)\n```/.exec(text);
  if (!block) {
    problems.push('README.md: no "What is where" tree');
    return;
  }
  const named = new Set<string>();
  const parents: string[] = [];
  for (const line of (block[1] ?? '').split('\n')) {
    const match = /^( *)([\w.-]+\/)(?:\s|$)/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 2;
    parents.length = depth;
    const path = parents.join('') + (match[2] ?? '');
    parents.push(match[2] ?? '');
    named.add(path.replace(/\/$/, ''));
    if (!existsSync(join(root, path))) problems.push(`README.md tree: ${path} does not exist`);
  }
  for (const parent of ['main', 'renderer/src', 'shared', 'server', 'shared/sync', 'server/sync']) {
    for (const entry of readdirSync(join(root, parent), { withFileTypes: true })) {
      if (!entry.isDirectory() || skippedDirs.has(entry.name)) continue;
      const path = `${parent}/${entry.name}`;
      if (!named.has(path)) problems.push(`README.md tree: ${path}/ is missing`);
    }
  }
}

function checkMergePolicy(): void {
  const text = readFileSync(SYNC_DOC, 'utf8');
  const begin = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (begin < 0 || end < begin) {
    problems.push(`docs/sync.md: the ${BEGIN} … ${END} markers are missing`);
    return;
  }
  // Prettier may pad table cells; compare without that.
  const normal = (s: string) =>
    s
      .split('\n')
      .map((line) => line.trim().replace(/ +/g, ' ').replace(/-{3,}/g, '---'))
      .filter(Boolean)
      .join('\n');
  if (normal(text.slice(begin + BEGIN.length, end)) !== normal(renderMergePolicy())) {
    problems.push(
      'docs/sync.md: the merge-policy table differs from shared/sync/merge-policy.ts; run `node_modules/.bin/node scripts/docs-merge-policy.ts`',
    );
  }
}

const docs = [
  join(root, 'README.md'),
  ...readdirSync(join(root, 'docs'))
    .filter((n) => n.endsWith('.md'))
    .map((n) => join(root, 'docs', n)),
];
docs.forEach(checkDoc);
checkTree();
checkMergePolicy();

if (problems.length > 0) {
  console.error(`check-docs: ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`check-docs: ${docs.length} documents, their paths and the merge-policy table are in order.`);
