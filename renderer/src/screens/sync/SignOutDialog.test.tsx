import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { SignOutDialog } from './SignOutDialog.tsx';

const REMOVE = 'Xoá bản sao dữ liệu của tài khoản này khỏi máy';

async function renderDialog(unsent: number) {
  const onConfirm = vi.fn(() => Promise.resolve());
  const onCancel = vi.fn();
  render(
    <AntApp>
      <SignOutDialog open unsent={unsent} onCancel={onCancel} onConfirm={onConfirm} />
    </AntApp>,
  );
  await screen.findByRole('dialog', { name: 'Đăng xuất' });
  return { onConfirm, onCancel };
}

describe('SignOutDialog', () => {
  it('signs out keeping the copy unless asked, with no warning', async () => {
    const { onConfirm } = await renderDialog(2);
    expect((screen.getByRole('checkbox', { name: REMOVE }) as HTMLInputElement).checked).toBe(false);
    expect(screen.queryByText(/sẽ bị mất/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Đăng xuất' }));
    await waitFor(() => expect(onConfirm).toHaveBeenCalledWith(false));
  });

  it('warns with the count of changes never accepted by the server before removing the copy', async () => {
    const { onConfirm } = await renderDialog(3);
    fireEvent.click(screen.getByRole('checkbox', { name: REMOVE }));
    expect(await screen.findByText('Còn 3 thay đổi chưa gửi lên máy chủ sẽ bị mất')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Đăng xuất và xoá' }));
    await waitFor(() => expect(onConfirm).toHaveBeenCalledWith(true));
  });

  it('says nothing will be lost when everything was sent', async () => {
    const { onCancel } = await renderDialog(0);
    fireEvent.click(screen.getByRole('checkbox', { name: REMOVE }));
    await screen.findByRole('button', { name: 'Đăng xuất và xoá' });
    expect(screen.queryByText(/sẽ bị mất/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Huỷ' }));
    expect(onCancel).toHaveBeenCalled();
  });
});
