import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crossRecordRules, mergePolicy } from '../shared/sync/merge-policy.ts';

/**
 * The merge-policy tables of docs/sync.md, made from `shared/sync/merge-policy.ts` so the docs cannot drift
 * from the code: `node_modules/.bin/node scripts/docs-merge-policy.ts` rewrites the part between the markers, and
 * `scripts/check-docs.ts` (in `npm run lint`) fails when it differs.
 */
export const BEGIN = '<!-- merge-policy:begin -->';
export const END = '<!-- merge-policy:end -->';
export const SYNC_DOC = fileURLToPath(new URL('../docs/sync.md', import.meta.url));

function cell(text: string): string {
  return text.replaceAll('|', '\\|');
}

export function renderMergePolicy(): string {
  const lines = [
    '<!-- Generated from shared/sync/merge-policy.ts by `node_modules/.bin/node scripts/docs-merge-policy.ts`; do not edit. -->',
    '',
    '| entity | field | policy |',
    '| --- | --- | --- |',
  ];
  for (const [entity, fields] of Object.entries(mergePolicy)) {
    const named = Object.entries(fields);
    for (const [field, policy] of named) {
      const how =
        policy.kind === 'set'
          ? `set${policy.key ? `, elements keyed by \`${policy.key}\`` : ' of ids'}`
          : 'last writer wins';
      lines.push(`| \`${entity}\` | \`${field}\` | ${how} |`);
    }
    lines.push(
      `| \`${entity}\` | ${named.length ? 'every other field' : 'every field'} | last writer wins |`,
    );
  }
  lines.push('', '| rule | entity | kept by | how |', '| --- | --- | --- | --- |');
  for (const rule of crossRecordRules) {
    const keeper = rule.enforced === 'server' ? 'the server' : '**not enforced yet**';
    lines.push(
      `| ${cell(rule.rule)} (\`${rule.id}\`) | \`${rule.entity}\` | ${keeper} | ${cell(rule.how)} |`,
    );
  }
  return lines.join('\n');
}

/** The document with the generated part put between the markers (which must be there). */
export function withMergePolicy(doc: string): string {
  const begin = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (begin < 0 || end < begin) throw new Error(`docs/sync.md lacks the ${BEGIN} … ${END} markers.`);
  return `${doc.slice(0, begin + BEGIN.length)}\n${renderMergePolicy()}\n${doc.slice(end)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SYNC_DOC, withMergePolicy(readFileSync(SYNC_DOC, 'utf8')));
  console.log('docs/sync.md: merge-policy table written.');
}
