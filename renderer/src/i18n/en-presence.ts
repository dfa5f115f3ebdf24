import type { viPresence } from './vi-presence.ts';

export const enPresence: typeof viPresence = {
  presence: {
    line: (names: string) => `Others with this document open: ${names}`,
    more: (count: number) => `and ${count.toLocaleString('en-GB')} other${count === 1 ? '' : 's'}`,
  },
};
