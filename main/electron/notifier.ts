import { Notification } from 'electron';
import type { Notifier } from '../reminders/reminder-service.ts';

/** Desktop notifications through Electron, where the system supports them (checked when one is shown). */
export function electronNotifier(): Notifier {
  return {
    show(title, body) {
      if (Notification.isSupported()) new Notification({ title, body }).show();
    },
  };
}
