import { useState } from 'react';
import type { IpcResult } from '../../../../shared/ipc/result.ts';
import { useMessages } from '../../i18n/messages.ts';
import { adminRefusal } from './admin-problem.ts';

/**
 * A form's call to the administration API: while it runs the button waits; a refusal is kept as text for
 * the form to show (the form keeps what was typed); on success `done` runs with the answer.
 */
export function useAdminSubmit() {
  const m = useMessages();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async <T>(call: Promise<IpcResult<T>>, done: (value: T) => void): Promise<boolean> => {
    setBusy(true);
    setError(null);
    const result = await call;
    setBusy(false);
    if (!result.ok) {
      setError(adminRefusal(m, result.error.code, result.error.message));
      return false;
    }
    done(result.value);
    return true;
  };
  return { error, busy, submit, clearError: () => setError(null) };
}
