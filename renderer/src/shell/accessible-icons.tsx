import { CloseCircleFilled, CloseOutlined, SearchOutlined } from '@ant-design/icons';
import type { ConfigProviderProps } from 'antd';
import { useMemo, type ReactElement } from 'react';
import { useMessages } from '../i18n/messages.ts';

/**
 * antd names its icons in English for screen readers ("close-circle", "search"). These carry the
 * current language's name instead.
 */
export function useAccessibleIcons() {
  const m = useMessages();
  return useMemo(
    () => ({
      clear: <CloseCircleFilled aria-label={m.shell.clear} />,
      search: <SearchOutlined aria-label={m.shell.search} />,
      remove: <CloseOutlined aria-label={m.shell.clear} />,
    }),
    [m],
  );
}

/**
 * `allowClear` for an Input / Input.Search / TextArea whose clear button reads "Xóa nội dung", not
 * "close-circle": `<Input allowClear={useClearable()} />`. (antd's ConfigProvider can name it only by
 * turning clearing on for every input, so each clearable input asks for it.)
 */
export function useClearable(): { clearIcon: ReactElement } {
  return { clearIcon: useAccessibleIcons().clear };
}

/** ConfigProvider props that name the clear and search controls of every Select, date/time picker (range ones too) and search box. */
export function useAccessibleIconConfig(): Pick<
  ConfigProviderProps,
  'select' | 'datePicker' | 'timePicker' | 'cascader' | 'inputSearch'
> {
  const icons = useAccessibleIcons();
  return useMemo(
    () => ({
      select: { clearIcon: icons.clear, removeIcon: icons.remove },
      datePicker: { clearIcon: icons.clear },
      timePicker: { clearIcon: icons.clear },
      cascader: { clearIcon: icons.clear },
      inputSearch: { searchIcon: icons.search },
    }),
    [icons],
  );
}
