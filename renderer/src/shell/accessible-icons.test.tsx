import { render, screen } from '@testing-library/react';
import { Alert, ConfigProvider, Input } from 'antd';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/ipc/settings.ts';
import { useUiStore } from '../state/ui-store.ts';
import { useAccessibleIconConfig, useClearable } from './accessible-icons.tsx';

function Provider({ children }: { children: ReactNode }) {
  return <ConfigProvider {...useAccessibleIconConfig()}>{children}</ConfigProvider>;
}

function ClearableSearch() {
  return <Input.Search aria-label="Tìm theo tên" allowClear={useClearable()} defaultValue="Bồ Đề" />;
}

describe('accessible icons', () => {
  beforeEach(() => useUiStore.setState({ settings: defaultSettings }));

  it('names a search box\'s search and clear buttons in Vietnamese, not "search" and "close-circle"', () => {
    render(
      <Provider>
        <ClearableSearch />
      </Provider>,
    );
    expect(screen.getByRole('button', { name: 'Tìm kiếm' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Xóa trắng' })).toBeTruthy();
    expect(screen.queryByRole('img', { name: 'search' })).toBeNull();
  });

  it('follows the language', () => {
    useUiStore.setState({ settings: { ...defaultSettings, locale: 'en' } });
    render(
      <Provider>
        <ClearableSearch />
      </Provider>,
    );
    expect(screen.getByRole('button', { name: 'Search' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Clear' })).toBeTruthy();
  });

  it("hides an alert's icon, whose words say it all", () => {
    render(
      <Provider>
        <Alert type="error" showIcon title="Không khôi phục được" />
      </Provider>,
    );
    expect(screen.queryAllByRole('img')).toHaveLength(0);
  });
});
