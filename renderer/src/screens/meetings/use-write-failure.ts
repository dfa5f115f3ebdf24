import { App } from 'antd';
import { ValidationFailure } from '../../db/write.ts';

/**
 * What the meeting forms do when a write is refused: a record that fails its checks shows the reasons in
 * Vietnamese; anything else is a bug and is thrown on.
 */
export function useWriteFailure(): (error: unknown) => void {
  const { message } = App.useApp();
  return (error: unknown) => {
    if (error instanceof ValidationFailure) void message.error(error.issues.join('; '));
    else throw error;
  };
}
