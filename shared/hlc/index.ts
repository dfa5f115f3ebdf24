export { adjustedNow } from './adjusted-now.ts';
export { createHlc, HLC_DEFAULT_MAX_DRIFT_MS, hlcReceive, hlcStampOf, hlcTick, randomNodeId } from './hlc.ts';
export type { HlcOptions, HlcState } from './hlc.ts';
export {
  compareHlc,
  formatHlc,
  HLC_MAX_COUNTER,
  HLC_MAX_WALL_MS,
  HLC_PATTERN,
  hlcSchema,
  isNodeId,
  maxHlc,
  NODE_ID_PATTERN,
  nodeIdSchema,
  parseHlc,
} from './hlc-stamp.ts';
export type { HlcTimestamp } from './hlc-stamp.ts';
export {
  HlcCounterOverflowError,
  HlcDriftError,
  HlcError,
  HlcParseError,
  HlcTimeError,
} from './hlc-errors.ts';
export type { HlcErrorCode } from './hlc-errors.ts';
export { isTooFarAhead, MAX_STAMP_AHEAD_MS, restampIfAhead } from './drift-rule.ts';
