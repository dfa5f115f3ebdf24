import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/ipc/settings.ts';
import { createFakeApi } from '../../test/fake-api.ts';
import { ApiProvider } from '../platform/api-context.tsx';
import { PresenceLine, presenceNames } from '../screens/minutes/PresenceLine.tsx';
import { useSyncStore } from '../state/sync-store.ts';
import { useUiStore } from '../state/ui-store.ts';
import { othersOf } from './use-presence.ts';

const self = { userId: 'u-an', name: 'Nguyễn Văn An' };
const binh = { userId: 'u-binh', name: 'Trần Thị Bình' };
const cuong = { userId: 'u-cuong', name: 'Lê Văn Cường' };
const minutes = 'minutes:0190f5a0-0000-7000-8000-000000000009';
const notes = 'notes:0190f5a0-0000-7000-8000-000000000009';
const signedIn = {
  id: self.userId,
  username: 'an',
  displayName: self.name,
  personId: null,
  unitId: null,
  isAdmin: false,
};

/** A fake main that answers presence.set with who it already knows of. */
function presenceApi(known: Record<string, (typeof self)[]> = {}) {
  const fake = createFakeApi(defaultSettings, {
    'documents.presence.set': (input) => ({
      presence: (input as { docIds: string[] }).docIds.map((docId) => ({ docId, users: known[docId] ?? [] })),
    }),
  });
  const sets = () =>
    fake.calls.filter((call) => call.channel === 'documents.presence.set').map((call) => call.input);
  return { ...fake, sets };
}

const line = () => screen.getByRole('status').textContent;

beforeEach(() => {
  useUiStore.setState({ settings: defaultSettings });
  useSyncStore.setState({ user: signedIn });
});
afterEach(() => useSyncStore.setState({ user: null }));

describe('presence (renderer)', () => {
  it('leaves the signed-in user out', () => {
    expect(othersOf([self, binh], self.userId)).toEqual([binh]);
    expect(othersOf([self], self.userId)).toEqual([]);
  });

  it('names the first five and counts the rest', () => {
    const users = Array.from({ length: 7 }, (_, i) => ({ userId: `u${i}`, name: `Cán bộ ${i + 1}` }));
    expect(presenceNames(users, (n) => `và ${n} người khác`)).toBe(
      'Cán bộ 1, Cán bộ 2, Cán bộ 3, Cán bộ 4, Cán bộ 5, và 2 người khác',
    );
  });

  it('declares the documents on screen, names the others, and says nothing once they leave', async () => {
    const fake = presenceApi({ [minutes]: [self, binh] });
    const view = render(
      <ApiProvider api={fake.api}>
        <PresenceLine docId={minutes} />
        <PresenceLine docId={notes} />
      </ApiProvider>,
    );
    await act(async () => undefined);
    expect(fake.sets()).toEqual([{ docIds: [minutes, notes] }]);
    const [minutesLine, notesLine] = screen.getAllByRole('status');
    expect(minutesLine?.textContent).toBe('Đang mở văn bản này: Trần Thị Bình');
    expect(notesLine?.textContent).toBe('');

    act(() => fake.emit('documents.presence', { docId: minutes, users: [cuong, self, binh] }));
    expect(minutesLine?.textContent).toBe('Đang mở văn bản này: Lê Văn Cường, Trần Thị Bình');
    act(() => fake.emit('documents.presence', { docId: minutes, users: [self] }));
    expect(minutesLine?.textContent).toBe('');

    view.rerender(
      <ApiProvider api={fake.api}>
        <PresenceLine docId={minutes} />
      </ApiProvider>,
    );
    await act(async () => undefined);
    expect(fake.sets().at(-1)).toEqual({ docIds: [minutes] });
    view.unmount();
    await act(async () => undefined);
    expect(fake.sets().at(-1)).toEqual({ docIds: [] });
  });

  it('shows nobody while signed out, and speaks English in English', async () => {
    const fake = presenceApi({ [minutes]: [binh] });
    useSyncStore.setState({ user: null });
    render(
      <ApiProvider api={fake.api}>
        <PresenceLine docId={minutes} />
      </ApiProvider>,
    );
    await act(async () => undefined);
    expect(line()).toBe('');
    act(() => {
      useSyncStore.setState({ user: signedIn });
      useUiStore.setState({ settings: { ...defaultSettings, locale: 'en' } });
    });
    expect(line()).toBe('Others with this document open: Trần Thị Bình');
  });
});
