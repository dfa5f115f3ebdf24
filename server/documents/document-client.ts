import * as Y from 'yjs';
import { documentId } from '../../shared/sync/documents-api.ts';
import { apiErrorSchema } from '../../shared/sync/protocol.ts';
import { api, type ApiAnswer } from '../test/harness.ts';
import { newId } from '../test/records.ts';

/** Test helpers for the documents API: a meeting's minutes document and calls on it. */
export interface TestDocument {
  meetingId: string;
  spaceId: string;
  docId: string;
}

export function newMinutes(): TestDocument {
  const meetingId = newId();
  return { meetingId, spaceId: `meeting:${meetingId}`, docId: documentId('minutes', meetingId) };
}

export const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
export const fromBase64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

/** A Y.Doc with `text` inserted at `index` of its Y.Text "body", by a client of its own. */
export function editedDoc(base: Uint8Array | null, index: number, text: string): Y.Doc {
  const doc = new Y.Doc();
  if (base) Y.applyUpdateV2(doc, base);
  doc.getText('body').insert(index, text);
  return doc;
}

export function pushUpdates(
  server: { url: string },
  token: string,
  target: TestDocument,
  body: { epoch: number | null; updates: Uint8Array[]; clientId?: string },
): Promise<ApiAnswer<Record<string, unknown>>> {
  return api(server, 'POST', `/documents/${target.docId}/updates`, {
    token,
    body: {
      spaceId: target.spaceId,
      epoch: body.epoch,
      clientId: body.clientId ?? 'client-a',
      updates: body.updates.map(toBase64),
    },
  });
}

export function syncDocument(
  server: { url: string },
  token: string,
  target: TestDocument,
  body: { epoch: number | null; stateVector?: Uint8Array },
): Promise<ApiAnswer<Record<string, unknown>>> {
  return api(server, 'POST', `/documents/${target.docId}/sync`, {
    token,
    body: {
      spaceId: target.spaceId,
      epoch: body.epoch,
      stateVector: toBase64(body.stateVector ?? Y.encodeStateVector(new Y.Doc())),
    },
  });
}

/** The body text of the document an answer's update builds from nothing (or on top of `into`). */
export function textOf(update: string, into: Y.Doc = new Y.Doc()): string {
  Y.applyUpdateV2(into, fromBase64(update));
  return into.getText('body').toString();
}

/** The message of an error answer (`{ error: { code, message } }`, extra fields such as `epoch` allowed). */
export function errorMessage(answer: ApiAnswer<Record<string, unknown>>): string {
  return apiErrorSchema.shape.error.parse(answer.body.error).message;
}
