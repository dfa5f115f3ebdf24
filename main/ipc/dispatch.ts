import type { z } from 'zod';
import { MAX_IPC_INPUT_BYTES, ipcChannels, isChannel, type ChannelSpec } from '../../shared/ipc/contract.ts';
import { fail, ok, type IpcIssue, type IpcResult } from '../../shared/ipc/result.ts';
import type { Logger } from '../log/logger.ts';
import { HandlerFailure, type Handlers } from './handlers.ts';

export type Dispatch = (channel: unknown, input: unknown) => Promise<IpcResult<unknown>>;

function issuesOf(error: z.ZodError): IpcIssue[] {
  return error.issues.slice(0, 20).map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

/**
 * Whether the input, as UTF-8 JSON, fits in `limit` bytes; null when it cannot be serialised at all.
 * Counts exactly only when the UTF-16 length leaves it in doubt (a character is 1–3 bytes).
 */
function jsonFits(input: unknown, limit: number): { fits: boolean; bytes: number } | null {
  let text: string | undefined;
  try {
    text = JSON.stringify(input ?? null);
  } catch {
    return null;
  }
  if (text === undefined) return null;
  if (text.length > limit) return { fits: false, bytes: text.length };
  if (text.length * 3 <= limit) return { fits: true, bytes: text.length };
  const bytes = new TextEncoder().encode(text).byteLength;
  return { fits: bytes <= limit, bytes };
}

/**
 * Validates and routes one call. Whatever the caller sends and whatever a handler does, the answer is an
 * IpcResult: bad input never reaches a handler, and no exception crosses the boundary.
 */
export function createDispatcher(handlers: Handlers, log: Logger): Dispatch {
  return async (channel, input) => {
    if (!isChannel(channel))
      return fail('unknown_channel', `Unknown channel: ${String(channel).slice(0, 100)}`);
    const spec: ChannelSpec = ipcChannels[channel];
    const limit = spec.maxInputBytes ?? MAX_IPC_INPUT_BYTES;
    const size = jsonFits(input, limit);
    if (size === null) return fail('invalid_input', 'Input is not serialisable');
    if (!size.fits) return fail('too_large', `Input of ${size.bytes}+ bytes exceeds the limit of ${limit}`);
    const parsed = spec.input.safeParse(input);
    if (!parsed.success)
      return fail('invalid_input', 'Input does not match the contract', issuesOf(parsed.error));
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      const checked = spec.output.safeParse(value);
      if (!checked.success) {
        log.error('ipc.output_invalid', { channel, issues: issuesOf(checked.error) });
        return fail('internal', `Handler for ${channel} returned an invalid answer`);
      }
      return ok(checked.data);
    } catch (error) {
      if (error instanceof HandlerFailure) return fail(error.code, error.message);
      log.error('ipc.handler_threw', { channel, error: String(error) });
      return fail('internal', `Handler for ${channel} failed`);
    }
  };
}
