import { describe, expect, it } from 'vitest';
import type { ClientErrorCode } from '../server-client/client-error.ts';
import { ipcErrorCodes } from './result.ts';
import {
  clientCodeForIpcCode,
  ipcCodeForClientCode,
  toClientErrorCode,
  toIpcErrorCode,
} from './sync-errors.ts';

const clientCodes = Object.keys(ipcCodeForClientCode) as ClientErrorCode[];

describe('sync error codes across IPC', () => {
  it.each(clientCodes)('%s comes back as itself', (code) => {
    expect(toClientErrorCode(toIpcErrorCode(code))).toBe(code);
  });

  it('maps every IPC code, and gives distinct client codes distinct IPC codes', () => {
    expect(Object.keys(clientCodeForIpcCode).sort()).toEqual([...ipcErrorCodes].sort());
    expect(new Set(clientCodes.map(toIpcErrorCode)).size).toBe(clientCodes.length);
  });

  it('keeps codes with a meaning of their own out of server_error', () => {
    expect(toClientErrorCode('too_large')).toBe('invalid_request');
    expect(toClientErrorCode('invalid_input')).toBe('invalid_request');
    expect(toClientErrorCode('forbidden')).toBe('forbidden');
    expect(toClientErrorCode('unavailable')).toBe('server_error');
  });
});
