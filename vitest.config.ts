import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          // Generous: a 2-core CI machine runs these files in parallel; nothing here asserts a timing.
          testTimeout: 30_000,
          hookTimeout: 60_000,
          include: ['shared/**/*.test.ts', 'main/**/*.test.ts', 'server/**/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['renderer/**/*.test.{ts,tsx}'],
          exclude: ['renderer/**/*.sync.test.ts'],
          setupFiles: ['renderer/test/setup.ts'],
        },
      },
      {
        test: {
          // The sync engine against a real district server on loopback (started once, in global setup).
          name: 'sync',
          environment: 'node',
          include: ['renderer/**/*.sync.test.ts'],
          globalSetup: ['server/test/sync-suite-setup.ts'],
          testTimeout: 600_000,
        },
      },
    ],
  },
});
