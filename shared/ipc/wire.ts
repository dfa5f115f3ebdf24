import { z } from 'zod';
import type { IpcResult } from './result.ts';

/** Messages of the web host's WebSocket, which carries the same contract as Electron's IPC. */
export const wireCallSchema = z
  .object({
    t: z.literal('call'),
    id: z.number().int().nonnegative(),
    channel: z.string().max(100),
    input: z.unknown(),
  })
  .strict();
export type WireCall = z.infer<typeof wireCallSchema>;

export interface WireResult {
  t: 'result';
  id: number;
  result: IpcResult<unknown>;
}

export interface WireEvent {
  t: 'event';
  event: string;
  payload: unknown;
}

export type WireServerMessage = WireResult | WireEvent;

/** The path of the WebSocket endpoint; the per-run secret travels as the `token` query parameter. */
export const WIRE_PATH = '/ipc';

/** Electron channel on which main sends `[eventName, payload]` to the renderer. */
export const ELECTRON_EVENT_CHANNEL = 'ipc:event';
