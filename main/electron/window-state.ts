import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../files/atomic-write.ts';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const savedSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean(),
});
export type SavedWindowState = z.infer<typeof savedSchema>;

export const DEFAULT_BOUNDS: WindowBounds = { width: 1280, height: 820 };

/**
 * Where to open the window: the saved place if it is still mostly on one of the screens (a laptop taken
 * off its office monitor must not open the window off-screen), else the default size, centred.
 */
export function restoreBounds(saved: SavedWindowState | null, workAreas: readonly Rect[]): WindowBounds {
  if (!saved) return { ...DEFAULT_BOUNDS };
  const visible = workAreas.some((area) => {
    const overlapX = Math.min(saved.x + saved.width, area.x + area.width) - Math.max(saved.x, area.x);
    const overlapY = Math.min(saved.y + saved.height, area.y + area.height) - Math.max(saved.y, area.y);
    return overlapX >= Math.min(200, saved.width / 2) && overlapY >= Math.min(100, saved.height / 2);
  });
  if (!visible) return { width: saved.width, height: saved.height };
  return { x: saved.x, y: saved.y, width: saved.width, height: saved.height };
}

export function windowStateFile(userDataDir: string): string {
  return join(userDataDir, 'window-state.json');
}

export async function loadWindowState(userDataDir: string): Promise<SavedWindowState | null> {
  try {
    const parsed = savedSchema.safeParse(JSON.parse(await readFile(windowStateFile(userDataDir), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function saveWindowState(userDataDir: string, state: SavedWindowState): Promise<void> {
  await writeFileAtomic(windowStateFile(userDataDir), JSON.stringify(state));
}
