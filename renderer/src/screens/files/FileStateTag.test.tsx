import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FileStateTag } from './FileStateTag.tsx';

const SHA = 'a'.repeat(64);

describe('FileStateTag', () => {
  it('says in words where a file is, and why a send was refused', () => {
    const { rerender } = render(<FileStateTag state={{ state: 'local', sha256: SHA, uploaded: true }} />);
    expect(screen.getByText('Có trên máy')).toBeTruthy();
    rerender(<FileStateTag state={{ state: 'local', sha256: SHA, uploaded: false }} />);
    expect(screen.getByText('Chờ gửi lên máy chủ')).toBeTruthy();
    rerender(
      <FileStateTag
        state={{
          state: 'local',
          sha256: SHA,
          uploaded: false,
          message: 'Bạn không có quyền gửi tệp vào hội nghị này.',
        }}
      />,
    );
    expect(
      screen.getByText('Chưa gửi được lên máy chủ: Bạn không có quyền gửi tệp vào hội nghị này.'),
    ).toBeTruthy();
    rerender(<FileStateTag state={{ state: 'downloading', sha256: SHA, received: 45, size: 100 }} />);
    expect(screen.getByText('Đang tải về 45%')).toBeTruthy();
  });
});
