import { mainText } from '../../shared/i18n/main.ts';
import type { ChannelOutput, ParsedInput } from '../../shared/ipc/contract.ts';
import type { Locale } from '../../shared/ipc/settings.ts';

/** Raises one desktop notification; Electron's Notification behind it, nothing in the web host. */
export interface Notifier {
  show(title: string, body: string): void;
}

/** How many reminders one notification lists before "và N nhiệm vụ khác". */
const MAX_LINES = 5;

/** The body of one notification for many reminders: the first few lines, then how many more. */
export function notificationBody(lines: readonly string[], locale: Locale = 'vi'): string {
  const shown = lines.slice(0, MAX_LINES);
  const more = lines.length - shown.length;
  const rest = mainText(locale, 'reminders.more', { count: more });
  return more > 0 ? `${shown.join('\n')}\n${rest}` : shown.join('\n');
}

/**
 * Deadline reminders: the renderer decides which tasks to remind of (it has the data, see
 * shared/domain/task-reminders.ts); main raises one desktop notification for them.
 */
export function createReminderService(notifier: Notifier | null, locale: () => Promise<Locale>) {
  return {
    async notify(input: ParsedInput<'reminders.notify'>): Promise<ChannelOutput<'reminders.notify'>> {
      if (notifier === null) return { shownByMain: false };
      const lines = input.items.map((i) => i.text);
      if (lines.length > 0) notifier.show(input.title, notificationBody(lines, await locale()));
      return { shownByMain: true };
    },
  };
}
