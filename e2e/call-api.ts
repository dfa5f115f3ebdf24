import type { Page } from '@playwright/test';
import type { Api } from '../shared/ipc/api.ts';
import type { IpcResult } from '../shared/ipc/result.ts';

/**
 * Calls `window.api` inside the page, exactly as the renderer does. Takes loose types on purpose so a
 * test can also send what the contract forbids.
 */
export function callApi(page: Page, channel: string, input: unknown): Promise<IpcResult<unknown>> {
  return page.evaluate(
    ([c, i]) => {
      const api = (window as unknown as { api?: Api }).api;
      if (!api) throw new Error('window.api is missing');
      return (api.invoke as (channel: string, input: unknown) => Promise<IpcResult<unknown>>)(c, i);
    },
    [channel, input] as const,
  );
}
