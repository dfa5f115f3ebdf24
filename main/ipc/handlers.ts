import type {
  Channel,
  ChannelOutput,
  EventName,
  EventPayload,
  ParsedInput,
} from '../../shared/ipc/contract.ts';
import type { IpcErrorCode } from '../../shared/ipc/result.ts';

/** One handler per channel: a missing or mistyped handler is a compile error. */
export type Handlers = {
  [C in Channel]: (input: ParsedInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
};

/** Sends an event to every renderer the host serves. */
export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** Thrown by a handler to answer a typed error instead of `internal`. */
export class HandlerFailure extends Error {
  readonly code: IpcErrorCode;
  constructor(code: IpcErrorCode, message: string) {
    super(message);
    this.name = 'HandlerFailure';
    this.code = code;
  }
}
