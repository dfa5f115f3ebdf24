import { App } from 'antd';
import { useState } from 'react';
import { ValidationFailure } from '../../db/write.ts';
import { useMessages } from '../../i18n/messages.ts';

/** One write of the task drawer: resolves true when it saved. */
export type SaveRun = (action: () => Promise<void>, done: string) => Promise<boolean>;

/**
 * Runs the task drawer's writes with the saving flag on. A write the rules refuse is told in a message
 * (the form stays open to fix it); any other error is a bug and is thrown on.
 */
export function useSaveRun(): { saving: boolean; run: SaveRun } {
  const m = useMessages();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const run: SaveRun = async (action, done) => {
    setSaving(true);
    try {
      await action();
      void message.success(done);
      return true;
    } catch (error) {
      if (error instanceof ValidationFailure)
        void message.error(`${m.taskForm.notSaved}: ${error.issues.join('; ')}`);
      else throw error;
      return false;
    } finally {
      setSaving(false);
    }
  };
  return { saving, run };
}
