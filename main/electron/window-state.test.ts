import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BOUNDS,
  loadWindowState,
  restoreBounds,
  saveWindowState,
  windowStateFile,
} from './window-state.ts';

const screen = { x: 0, y: 0, width: 1920, height: 1040 };

describe('restoreBounds', () => {
  it('uses the default size the first time', () => {
    expect(restoreBounds(null, [screen])).toEqual(DEFAULT_BOUNDS);
  });

  it('reopens where it was when that place is on a screen', () => {
    const saved = { x: 100, y: 50, width: 1200, height: 800, maximized: false };
    expect(restoreBounds(saved, [screen])).toEqual({ x: 100, y: 50, width: 1200, height: 800 });
  });

  it('keeps the size but lets the system place it when its screen is gone', () => {
    const saved = { x: 2500, y: 100, width: 1200, height: 800, maximized: false };
    expect(restoreBounds(saved, [screen])).toEqual({ width: 1200, height: 800 });
  });
});

describe('window state file', () => {
  it('round-trips and ignores a damaged file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'window-state-'));
    expect(await loadWindowState(dir)).toBeNull();
    const state = { x: 10, y: 20, width: 1000, height: 700, maximized: true };
    await saveWindowState(dir, state);
    expect(await loadWindowState(dir)).toEqual(state);
    await writeFile(windowStateFile(dir), '{"x": "oops"');
    expect(await loadWindowState(dir)).toBeNull();
  });
});
