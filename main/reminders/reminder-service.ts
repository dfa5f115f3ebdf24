import type { ChannelOutput, ParsedInput } from '../../shared/ipc/contract.ts';

/** Raises one desktop notification; Electron's Notification behind it, nothing in the web host. */
export interface Notifier {
  show(title: string, body: string): void;
}

/** How many reminders one notification lists before "và N nhiệm vụ khác". */
const MAX_LINES = 5;

/** The body of one notification for many reminders: the first few lines, then how many more. */
export function notificationBody(lines: readonly string[]): string {
  const shown = lines.slice(0, MAX_LINES);
  const more = lines.length - shown.length;
  return more > 0 ? `${shown.join('\n')}\nvà ${more} nhiệm vụ khác` : shown.join('\n');
}

/**
 * Deadline reminders: the renderer decides which tasks to remind of (it has the data, see
 * shared/domain/task-reminders.ts); main raises one desktop notification for them.
 */
export function createReminderService(notifier: Notifier | null) {
  return {
    notify(input: ParsedInput<'reminders.notify'>): ChannelOutput<'reminders.notify'> {
      if (notifier === null) return { shownByMain: false };
      if (input.items.length > 0)
        notifier.show(input.title, notificationBody(input.items.map((i) => i.text)));
      return { shownByMain: true };
    },
  };
}
