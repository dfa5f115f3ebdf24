import { theme, type ThemeConfig } from 'antd';
import type { Settings } from '../../../shared/ipc/settings.ts';

const BASE_FONT_SIZE = 14;

/** Ant Design theme from the user's display settings: larger type and a high-contrast palette. */
export function themeFor(settings: Pick<Settings, 'fontScale' | 'highContrast'>): ThemeConfig {
  const fontSize = Math.round(BASE_FONT_SIZE * settings.fontScale);
  if (!settings.highContrast) {
    return {
      token: {
        fontSize,
        colorPrimary: '#b71c1c',
        borderRadius: 6,
        fontFamily: 'system-ui, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif',
      },
    };
  }
  return {
    algorithm: theme.defaultAlgorithm,
    token: {
      fontSize,
      colorPrimary: '#7a0000',
      colorText: '#000000',
      colorTextSecondary: '#000000',
      colorTextTertiary: '#1a1a1a',
      colorBorder: '#000000',
      colorBorderSecondary: '#333333',
      colorBgLayout: '#ffffff',
      colorLink: '#00007a',
      lineWidth: 2,
      borderRadius: 4,
      fontFamily: 'system-ui, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif',
    },
  };
}
