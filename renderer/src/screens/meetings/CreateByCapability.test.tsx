// First: Dexie must see a global indexedDB when it loads (see access-test-kit.tsx).
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Capability } from '../../../../shared/authz/capabilities.ts';
import { defaultSettings } from '../../../../shared/ipc/settings.ts';
import type { LocalDb } from '../../db/local-db.ts';
import { useAccess } from '../../data/use-access.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { demoDb, renderWithDb, TEST_NOW } from '../access-test-kit.tsx';
import { ProgrammesScreen } from '../programmes/ProgrammesScreen.tsx';
import { MeetingsScreen } from './MeetingsScreen.tsx';

/** Says when the saved access has been read (before, nothing is restricted and every control shows). */
function AccessRead() {
  return useAccess().restricted ? <span data-testid="access-read" /> : null;
}

/** A signed-in ward official with no grants to speak of, holding these capabilities. */
async function official(capabilities: Capability[]): Promise<LocalDb> {
  const { db } = await demoDb();
  await db.meta.put({
    key: 'access',
    value: {
      user: {
        id: 'user-1',
        username: 'vp',
        displayName: 'Văn phòng Quận ủy',
        personId: null,
        unitId: null,
        isAdmin: false,
      },
      grants: [{ spaceId: 'directory', role: 'read' }],
      capabilities,
      at: TEST_NOW,
    },
  });
  return db;
}

describe('adding a programme or a meeting, by capability', { timeout: 30_000 }, () => {
  beforeEach(() => useUiStore.setState({ settings: defaultSettings }));

  it('"tổ chức hội nghị" creates a real meeting: no draft notice', async () => {
    renderWithDb(
      await official(['organise_meetings']),
      <>
        <AccessRead />
        <MeetingsScreen />
      </>,
    );
    await screen.findByTestId('access-read', {}, { timeout: 10_000 });
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm hội nghị' }, { timeout: 10_000 }));
    expect(await screen.findByRole('button', { name: 'Lưu' })).toBeTruthy();
    expect(screen.queryByTestId('meeting-draft-notice')).toBeNull();
  });

  it('without it, a new meeting is prepared as a draft and the notice names the role', async () => {
    renderWithDb(await official(['draw_up_programmes']), <MeetingsScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm hội nghị' }, { timeout: 10_000 }));
    const notice = await screen.findByTestId('meeting-draft-notice');
    expect(notice.textContent).toContain('tổ chức hội nghị');
    expect(notice.textContent).toContain('bản nháp');
  });

  it('"Thêm chương trình" is there for "lập chương trình" only', async () => {
    const view = renderWithDb(await official(['organise_meetings']), <ProgrammesScreen />);
    await screen.findByRole('heading', { name: 'Chương trình – Kế hoạch' }, { timeout: 10_000 });
    // Until the saved access is read nothing is restricted: the button must go once it is.
    await waitFor(() => expect(screen.queryByRole('button', { name: /Thêm chương trình/ })).toBeNull());
    view.unmount();
    renderWithDb(await official(['draw_up_programmes']), <ProgrammesScreen />);
    expect(
      await screen.findByRole('button', { name: /Thêm chương trình/ }, { timeout: 10_000 }),
    ).toBeTruthy();
  });
});
