import { useEffect, useMemo, useState } from 'react';
import type { FileState } from '../../../shared/ipc/files.ts';
import { useApi } from '../platform/api-context.tsx';

/**
 * Where each of these files is for this machine (shared/ipc/files.ts), kept current by main's
 * `files.state` events. A file main has not answered for yet is absent from the map.
 */
export function useFileStates(sha256s: readonly string[]): Map<string, FileState> {
  const api = useApi();
  const key = [...new Set(sha256s)].sort().join(',');
  const [states, setStates] = useState<Map<string, FileState>>(new Map());
  useEffect(() => {
    const wanted = key === '' ? [] : key.split(',');
    let live = true;
    const put = (state: FileState) => setStates((previous) => new Map(previous).set(state.sha256, state));
    const off = api.on('files.state', (state) => {
      if (wanted.includes(state.sha256)) put(state);
    });
    if (wanted.length > 0) {
      void api.invoke('files.states', { sha256s: wanted }).then((result) => {
        if (live && result.ok) setStates(new Map(result.value.states.map((state) => [state.sha256, state])));
      });
    }
    return () => {
      live = false;
      off();
    };
  }, [api, key]);
  return useMemo(() => states, [states]);
}
