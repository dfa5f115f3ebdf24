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
        // Ant Design's default grey (45 % black) fails WCAG AA on the light layout background; 65 % passes.
        colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
        colorTextDescription: 'rgba(0, 0, 0, 0.65)',
        // The default error red (#ff4d4f) is 3.3:1 on white: refusal reasons and "Bỏ" need 4.5:1.
        colorError: '#cf1322',
        // Links (the status bar's sync link among them) at 6:1 on the grey layout, not the default 3.9:1.
        colorLink: '#0b4fb3',
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
