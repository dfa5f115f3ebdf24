import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ensureSkeleton } from './minutes-skeleton.ts';
import {
  appendUpdate,
  compact,
  emptyUpdateLog,
  loadInto,
  markSent,
  outgoingBatch,
  type UpdateLog,
} from './update-log.ts';

/**
 * Three offices write the same minutes offline and sync in any order: each keeps its edits in the local
 * update log (update-log.ts), applies the skeleton itself, reloads from its log, compacts its sent rows,
 * loses acknowledgements; the server's log is compacted now and then. Whatever the order, once everyone
 * has sent and received everything, all copies and the server hold the same text, with the skeleton once
 * and every edit exactly once — no unsent edit lost, nothing doubled.
 */
const DOC = 'minutes:0190f5a0-0000-7000-8000-000000000001';
const REMOTE = Symbol('from the server');
const RUNS = Number(process.env.PROPERTY_RUNS ?? 40);

class Office {
  log: UpdateLog = emptyUpdateLog;
  doc = new Y.Doc();
  private written = 0;
  readonly tokens: string[] = [];
  readonly name: string;
  constructor(name: string) {
    this.name = name;
    this.open();
    ensureSkeleton(this.doc);
  }

  /** A fresh Y.Doc from the log, as after a restart; local edits go to the log as unsent rows. */
  open() {
    this.doc.destroy();
    this.doc = new Y.Doc();
    loadInto(this.doc, this.log, DOC, REMOTE);
    this.doc.on('updateV2', (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE) return;
      this.log = appendUpdate(this.log, DOC, update, 1).log;
    });
  }

  edit(at: number) {
    const token = `[${this.name}${(this.written += 1)}]`;
    // Whole paragraphs as items, so a later insert never lands inside an earlier one's text.
    const paragraphs = this.doc.getArray<string>('proceedings');
    paragraphs.insert(Math.min(at, paragraphs.length), [token]);
    this.tokens.push(token);
  }

  /** Sends the unsent rows; the acknowledgement may be lost (the rows then go again, harmlessly). */
  push(server: Server, ackLost: boolean) {
    const batch = outgoingBatch(this.log, DOC);
    if (!batch) return;
    server.append(batch.update);
    if (!ackLost) this.log = markSent(this.log, DOC, batch.seqs);
  }

  pull(server: Server) {
    const diff = server.diff(Y.encodeStateVector(this.doc));
    Y.applyUpdateV2(this.doc, diff, REMOTE);
    this.log = appendUpdate(this.log, DOC, diff, 0).log;
  }
}

const paragraphsOf = (doc: Y.Doc) => doc.getArray<string>('proceedings').toArray().join('');

class Server {
  updates: Uint8Array[] = [];
  append(update: Uint8Array) {
    this.updates.push(update);
  }
  diff(stateVector: Uint8Array): Uint8Array {
    return Y.diffUpdateV2(Y.mergeUpdatesV2(this.updates), stateVector);
  }
  compact() {
    if (this.updates.length > 1) this.updates = [Y.mergeUpdatesV2(this.updates)];
  }
  text(): string {
    const doc = new Y.Doc();
    Y.applyUpdateV2(doc, Y.mergeUpdatesV2(this.updates));
    return paragraphsOf(doc);
  }
}

const step = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), office: fc.nat(2), at: fc.nat(40) }),
  fc.record({ kind: fc.constant('push' as const), office: fc.nat(2), ackLost: fc.boolean() }),
  fc.record({ kind: fc.constant('pull' as const), office: fc.nat(2) }),
  fc.record({ kind: fc.constant('reload' as const), office: fc.nat(2) }),
  fc.record({ kind: fc.constant('compact' as const), office: fc.nat(2) }),
  fc.record({ kind: fc.constant('compactServer' as const) }),
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function run(steps: readonly Step[], offices: Office[], server: Server) {
  for (const s of steps) {
    if (s.kind === 'compactServer') {
      server.compact();
      continue;
    }
    const office = offices[s.office] ?? offices[0];
    if (!office) continue;
    if (s.kind === 'edit') office.edit(s.at);
    else if (s.kind === 'push') office.push(server, s.ackLost);
    else if (s.kind === 'pull') office.pull(server);
    else if (s.kind === 'reload') office.open();
    else office.log = compact(office.log, DOC);
  }
}

const count = (text: string, token: string) => text.split(token).length - 1;

describe('minutes written by three offices offline, synced in any order', () => {
  it('converge with the skeleton once and every edit exactly once', () => {
    const skeleton = new Y.Doc();
    ensureSkeleton(skeleton);
    const expectedSkeleton = skeleton.getXmlFragment('default').toString();
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const offices = ['A', 'B', 'C'].map((name) => new Office(name));
        const server = new Server();
        run(steps, offices, server);
        for (const office of offices) office.push(server, false);
        for (const office of offices) office.pull(server);
        const text = server.text();
        for (const office of offices) {
          expect(paragraphsOf(office.doc)).toBe(text);
          expect(office.doc.getXmlFragment('default').toString()).toBe(expectedSkeleton);
          for (const token of office.tokens) expect(count(text, token)).toBe(1);
          // A reload from the (compacted) local log gives the same copy.
          office.log = compact(office.log, DOC);
          office.open();
          expect(paragraphsOf(office.doc)).toBe(text);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
