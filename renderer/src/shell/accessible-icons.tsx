import {
  CheckCircleFilled,
  CloseCircleFilled,
  CloseOutlined,
  ExclamationCircleFilled,
  InfoCircleFilled,
  SearchOutlined,
} from '@ant-design/icons';
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
      remove: <CloseOutlined aria-label={m.shell.remove} />,
    }),
    [m],
  );
}

/**
 * `allowClear` for an Input / Input.Search / TextArea whose clear button reads "Xóa trắng", not
 * "close-circle": `<Input allowClear={useClearable()} />`. (antd's ConfigProvider can name it only by
 * turning clearing on for every input, so each clearable input asks for it.)
 */
export function useClearable(): { clearIcon: ReactElement } {
  return { clearIcon: useAccessibleIcons().clear };
}

/**
 * ConfigProvider props that name the clear and search controls of every Select, date/time picker (range
 * ones too) and search box, and hide alerts' decorative icons.
 */
export function useAccessibleIconConfig(): Pick<
  ConfigProviderProps,
  'select' | 'datePicker' | 'timePicker' | 'cascader' | 'inputSearch' | 'alert'
> {
  const icons = useAccessibleIcons();
  return useMemo(
    () => ({
      select: { clearIcon: icons.clear, removeIcon: icons.remove },
      datePicker: { clearIcon: icons.clear },
      timePicker: { clearIcon: icons.clear },
      cascader: { clearIcon: icons.clear },
      inputSearch: { searchIcon: icons.search },
      // An alert's words say what it is: its icon is decoration, not "close-circle" read before them.
      alert: {
        successIcon: <CheckCircleFilled aria-hidden="true" />,
        infoIcon: <InfoCircleFilled aria-hidden="true" />,
        warningIcon: <ExclamationCircleFilled aria-hidden="true" />,
        errorIcon: <CloseCircleFilled aria-hidden="true" />,
      },
    }),
    [icons],
  );
}
