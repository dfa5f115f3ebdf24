import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useSyncStore } from '../state/sync-store.ts';
import { useUiStore } from '../state/ui-store.ts';
import { StatusBar } from './StatusBar.tsx';

const user = {
  id: 'u1',
  username: 'tien.bode',
  displayName: 'Nguyễn Văn Tiến',
  personId: null,
  unitId: null,
  isAdmin: false,
};
const connection = () => screen.getByTestId('status-connection');

afterEach(() => {
  useUiStore.setState({ online: true });
  useSyncStore.setState({ phase: 'signed_out', user: null, lastSyncAt: null });
});

describe('StatusBar', () => {
  it('says "not signed in" rather than "online" when no server is signed in', () => {
    useSyncStore.setState({ phase: 'signed_out', user: null });
    render(<StatusBar />);
    expect(connection().textContent).toContain('Chưa đăng nhập máy chủ');
    expect(screen.getByTestId('status-sync').textContent).toContain('Dữ liệu chỉ ở trên máy này');
  });

  it('tells a network that is down from a server that does not answer, and both from online', () => {
    useSyncStore.setState({ phase: 'offline', user });
    const { rerender } = render(<StatusBar />);
    expect(connection().textContent).toContain('Không kết nối được máy chủ');
    useUiStore.setState({ online: false });
    rerender(<StatusBar />);
    expect(connection().textContent).toContain('Ngoại tuyến');
    useUiStore.setState({ online: true });
    useSyncStore.setState({ phase: 'idle', user, lastSyncAt: Date.UTC(2022, 2, 31, 3, 15) });
    rerender(<StatusBar />);
    expect(connection().textContent).toContain('Trực tuyến');
    expect(screen.getByTestId('status-sync').textContent).toContain('Đã đồng bộ lúc 10:15, 31/03/2022');
  });
});
