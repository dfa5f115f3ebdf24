/** What went wrong in the hybrid logical clock. */
export type HlcErrorCode = 'clock_drift' | 'counter_overflow' | 'invalid_stamp' | 'invalid_time';

/** Base of the clock's typed errors: switch on `code`. */
export class HlcError extends Error {
  readonly code: HlcErrorCode;

  constructor(code: HlcErrorCode, message: string) {
    super(message);
    this.name = 'HlcError';
    this.code = code;
  }
}

/** A remote stamp is further ahead of our wall clock than the allowed drift. */
export class HlcDriftError extends HlcError {
  readonly remoteWallMs: number;
  readonly wallNow: number;
  readonly maxDriftMs: number;

  constructor(remoteWallMs: number, wallNow: number, maxDriftMs: number) {
    super(
      'clock_drift',
      `Remote clock is ${remoteWallMs - wallNow} ms ahead of the local clock (at most ${maxDriftMs} ms allowed).`,
    );
    this.name = 'HlcDriftError';
    this.remoteWallMs = remoteWallMs;
    this.wallNow = wallNow;
    this.maxDriftMs = maxDriftMs;
  }
}

/** More than 65 536 events in one logical millisecond. */
export class HlcCounterOverflowError extends HlcError {
  constructor(wallMs: number) {
    super(
      'counter_overflow',
      `HLC counter overflow at ${wallMs}: more than 65536 events in one millisecond.`,
    );
    this.name = 'HlcCounterOverflowError';
  }
}

/** A string that is not a well-formed stamp. */
export class HlcParseError extends HlcError {
  readonly stamp: string;

  constructor(stamp: string) {
    super('invalid_stamp', `Not an HLC stamp: ${JSON.stringify(stamp.slice(0, 60))}.`);
    this.name = 'HlcParseError';
    this.stamp = stamp;
  }
}

/** A wall-clock reading that is not a whole, non-negative number of ms the stamp can hold. */
export class HlcTimeError extends HlcError {
  constructor(value: number) {
    super('invalid_time', `Not a usable wall-clock time in ms: ${value}.`);
    this.name = 'HlcTimeError';
  }
}
