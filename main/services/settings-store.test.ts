import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/ipc/settings.ts';
import { silentLogger } from '../log/logger.ts';
import { createSettingsStore } from './settings-store.ts';

const profile = () => mkdtemp(join(tmpdir(), 'settings-'));

describe('settings store', () => {
  it('starts from the defaults and persists updates', async () => {
    const dir = await profile();
    const store = createSettingsStore(dir, silentLogger);
    expect(await store.get()).toEqual(defaultSettings);
    await store.update({ fontScale: 1.3 });
    const reopened = createSettingsStore(dir, silentLogger);
    expect(await reopened.get()).toEqual({ ...defaultSettings, fontScale: 1.3 });
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toMatchObject({ fontScale: 1.3 });
  });

  it('falls back to the defaults when the file is damaged', async () => {
    const dir = await profile();
    await writeFile(join(dir, 'settings.json'), '{ not json');
    expect(await createSettingsStore(dir, silentLogger).get()).toEqual(defaultSettings);
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ fontScale: 99 }));
    expect(await createSettingsStore(dir, silentLogger).get()).toEqual(defaultSettings);
  });

  it('keeps every one of many quick updates', async () => {
    const dir = await profile();
    const store = createSettingsStore(dir, silentLogger);
    await Promise.all([
      store.update({ fontScale: 1.1 }),
      store.update({ highContrast: true }),
      store.update({ locale: 'en' }),
    ]);
    expect(await createSettingsStore(dir, silentLogger).get()).toEqual({
      locale: 'en',
      fontScale: 1.1,
      highContrast: true,
      personId: null,
    });
  });

  it('refuses an out-of-range value and keeps the old one', async () => {
    const dir = await profile();
    const store = createSettingsStore(dir, silentLogger);
    await expect(store.update({ fontScale: 5 })).rejects.toThrow();
    expect((await store.get()).fontScale).toBe(1);
  });
});
