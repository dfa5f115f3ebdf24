import type { Locale } from '../../../shared/ipc/settings.ts';
import { useUiStore } from '../state/ui-store.ts';
import { en } from './en.ts';
import { vi, type Messages } from './vi.ts';

export const messages: Record<Locale, Messages> = { vi, en };

/** The texts of the current locale. */
export function useMessages(): Messages {
  return messages[useUiStore((state) => state.settings.locale)];
}
