import { Tag } from 'antd';
import type { FileState } from '../../../../shared/ipc/files.ts';
import { useMessages } from '../../i18n/messages.ts';

/** Where a file is, in words (the colour only repeats them). */
export function FileStateTag({ state }: { state: FileState | undefined }) {
  const m = useMessages().files.states;
  if (!state) return null;
  switch (state.state) {
    case 'local':
      // A send the server refused (no write access, a damaged copy) says why, like any refused change.
      if (!state.uploaded && state.message) return <Tag color="red">{m.notSent(state.message)}</Tag>;
      return (
        <Tag color={state.uploaded ? 'green' : 'gold'}>{state.uploaded ? m.local : m.pendingUpload}</Tag>
      );
    case 'downloading':
      return (
        <Tag color="blue">
          {m.downloading(state.size > 0 ? Math.floor((100 * state.received) / state.size) : 0)}
        </Tag>
      );
    case 'remote':
      return <Tag>{m.remote}</Tag>;
    case 'failed':
      return <Tag color="red">{m.failed(state.message)}</Tag>;
  }
}
