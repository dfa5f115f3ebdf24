import { z } from 'zod';

/** One deadline reminder as it crosses IPC: the task, and the Vietnamese line to show. */
export const reminderItemSchema = z
  .object({
    taskId: z.string().min(1).max(64),
    text: z.string().min(1).max(1_200),
  })
  .strict();

export const remindersNotifyInputSchema = z
  .object({ title: z.string().min(1).max(200), items: z.array(reminderItemSchema).max(500) })
  .strict();

/** Whether main raised the notifications (Electron); the web host has none, so the page shows them. */
export const remindersNotifyOutputSchema = z.object({ shownByMain: z.boolean() }).strict();
