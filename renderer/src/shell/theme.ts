import { theme, type ThemeConfig } from 'antd';
import type { Settings } from '../../../shared/ipc/settings.ts';

/** Body text at the default step: 15 px, so the largest step (× 1.6) gives 24 px. */
export const BASE_FONT_SIZE = 15;
/** Tags, small tables, helper texts: 13 px at the default step, never less. */
const SMALL_FONT_RATIO = 13 / 15;
const MIN_SMALL_FONT_SIZE = 13;
const FONT_FAMILY = 'system-ui, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif';

/**
 * The keyboard focus indicator: dark blue, never the error red, so a focused field does not look refused.
 * #0a3d91 is 10.05:1 on white and 9.22:1 on the #f5f5f5 layout grey (WCAG 2.4.11/1.4.11 ask 3:1).
 */
export const FOCUS_COLOUR = '#0a3d91';
/** High contrast: #00007a is 16.39:1 on white. */
export const FOCUS_COLOUR_HIGH = '#00007a';

/** The preset Tag colours (green, blue, …) whose text antd draws in shade 7 on shade 1. */
export const PRESET_TAG_COLOURS = [
  'red',
  'volcano',
  'orange',
  'gold',
  'yellow',
  'lime',
  'green',
  'cyan',
  'blue',
  'geekblue',
  'purple',
  'magenta',
] as const;
type PresetTagColour = (typeof PRESET_TAG_COLOURS)[number];

/**
 * Darker text shades for the preset tags, each on its own shade-1 background. antd's shade 7 fails
 * (green #389e0d 3.37:1, cyan #08979c 3.39:1, orange #d46b08 3.34:1). Normal: shade 8, or 9 where 8 is
 * short of 4.5:1 (AA); high contrast: shade 10 (AAA, ≥ 7:1). Ratios are against the tag's own light background.
 */
const TAG_TEXT: Record<PresetTagColour, { normal: string; high: string }> = {
  red: { normal: '#a8071a', high: '#5c0011' }, // 7.04 / 13.05 on #fff1f0
  volcano: { normal: '#ad2102', high: '#610b00' }, // 6.38 / 12.29 on #fff2e8
  orange: { normal: '#ad4e00', high: '#612500' }, // 5.09 / 11.11 on #fff7e6
  gold: { normal: '#874d00', high: '#613400' }, // 6.53 / 10.10 on #fffbe6 (shade 9 for AA: shade 8 is 4.25)
  yellow: { normal: '#876800', high: '#614700' }, // 5.15 / 8.57 on #feffe6 (shade 9 for AA)
  lime: { normal: '#3f6600', high: '#254000' }, // 6.62 / 11.36 on #fcffe6 (shade 9 for AA)
  green: { normal: '#237804', high: '#092b00' }, // 5.44 / 15.06 on #f6ffed
  cyan: { normal: '#006d75', high: '#002329' }, // 5.82 / 15.77 on #e6fffb
  blue: { normal: '#003eb3', high: '#001d66' }, // 8.01 / 13.71 on #e6f4ff
  geekblue: { normal: '#10239e', high: '#030852' }, // 10.94 / 16.55 on #f0f5ff
  purple: { normal: '#391085', high: '#120338' }, // 11.93 / 17.28 on #f9f0ff
  magenta: { normal: '#9e1068', high: '#520339' }, // 6.98 / 13.31 on #fff0f6
};

function tagTextTokens(mode: 'normal' | 'high') {
  const text = (colour: PresetTagColour) => TAG_TEXT[colour][mode];
  return {
    red7: text('red'),
    volcano7: text('volcano'),
    orange7: text('orange'),
    gold7: text('gold'),
    yellow7: text('yellow'),
    lime7: text('lime'),
    green7: text('green'),
    cyan7: text('cyan'),
    blue7: text('blue'),
    geekblue7: text('geekblue'),
    purple7: text('purple'),
    magenta7: text('magenta'),
  };
}

/**
 * The same tag text colours as CSS: antd's CSS variables keep the palette it derives from the seed
 * colours (--ant-green-7 stays #389e0d whatever the green7 token says), so App.tsx sets them on tags.
 */
export function tagTextCss(highContrast: boolean): string {
  const mode = highContrast ? 'high' : 'normal';
  const vars = PRESET_TAG_COLOURS.map((colour) => `--ant-${colour}-7: ${TAG_TEXT[colour][mode]} !important;`);
  return `.ant-tag { ${vars.join(' ')} }`;
}

/**
 * Light backgrounds for status tags and alerts. antd derives them from the seed colours, and from the
 * dark seeds above it would give greys (#adb8a5 behind success text: 2.71:1). Text on them, normal / high:
 * success #237804 5.44 / #135200 9.15; warning #874d00 6.53 / #613400 10.10; info #0b4fb3 6.74 / #00007a
 * 14.64; error #cf1322 5.07 / #820014 9.74 (the test computes each).
 */
const STATUS_BACKGROUNDS = {
  colorSuccessBg: '#f6ffed',
  colorSuccessBorder: '#b7eb8f',
  colorWarningBg: '#fffbe6',
  colorWarningBorder: '#ffe58f',
  colorInfoBg: '#e6f4ff',
  colorInfoBorder: '#91caff',
  colorErrorBg: '#fff1f0',
  colorErrorBorder: '#ffa39e',
};

/** antd's heading scale (getFontSizes): level 2 of a base size, what every screen's title looked like. */
export function headingTwoSize(fontSize: number): number {
  return Math.floor(Math.floor(fontSize * Math.E ** (4 / 5)) / 2) * 2;
}

function typography(fontScale: number) {
  const fontSize = Math.round(BASE_FONT_SIZE * fontScale);
  const heading = headingTwoSize(fontSize);
  return {
    fontSize,
    fontSizeSM: Math.max(MIN_SMALL_FONT_SIZE, Math.round(fontSize * SMALL_FONT_RATIO)),
    // Each screen's one h1 keeps the size its h2 had.
    fontSizeHeading1: heading,
    lineHeightHeading1: (heading + 8) / heading,
    fontFamily: FONT_FAMILY,
  };
}

/** Inputs, selects and pickers: a blue focus border and ring, not the primary red an error also uses. */
/** Buttons' drop shadows derive from controlOutline, now the focus blue: drop them, or every button looks focused. */
const BUTTON_NO_SHADOW = { primaryShadow: 'none', defaultShadow: 'none', dangerShadow: 'none' };

function focusComponents(colour: string, hover: string): ThemeConfig['components'] {
  const field = { activeBorderColor: colour, hoverBorderColor: hover, activeShadow: `0 0 0 1px ${colour}` };
  return {
    Input: field,
    InputNumber: field,
    DatePicker: field,
    Mentions: field,
    Select: { activeBorderColor: colour, hoverBorderColor: hover, activeOutlineColor: colour },
    Button: BUTTON_NO_SHADOW,
  };
}

function normalTheme(fontScale: number): ThemeConfig {
  return {
    token: {
      ...typography(fontScale),
      // White text on it 6.57:1; as text 6.57:1 on white, 6.03:1 on the #f5f5f5 layout.
      colorPrimary: '#b71c1c',
      colorPrimaryHover: '#910f13', // 9.20:1 with white (antd's derived #c4413d is 5.04)
      colorPrimaryActive: '#6b050c', // 12.71:1 with white
      // Text alphas over white / over #f5f5f5: .65 → 7.00 / 6.73, .60 → 5.74 / 5.59, .56 → 4.95 / 4.82.
      colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
      colorTextDescription: 'rgba(0, 0, 0, 0.65)',
      colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
      colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)', // antd's 25 % is 1.84:1
      colorError: '#cf1322', // 5.57:1 on white, 5.11:1 on #f5f5f5 (antd's #ff4d4f is 3.3:1)
      colorErrorText: '#cf1322',
      colorSuccess: '#237804', // 5.59:1 on white, 5.12:1 on #f5f5f5
      colorSuccessText: '#237804',
      colorWarningText: '#874d00', // 6.79:1 on white, 6.23:1 on #f5f5f5
      // Status tags (success/processing/error/warning) draw these as text on their own light *Bg.
      colorWarning: '#874d00', // antd's #faad14 is 1.90:1; this is 6.79:1 on white
      colorInfo: '#0b4fb3', // antd's #1677ff is 4.1:1; this is 7.54:1 on white
      ...STATUS_BACKGROUNDS,
      colorLink: '#0b4fb3', // 7.54:1 on white, 6.92:1 on #f5f5f5
      colorLinkHover: '#01348c', // 11.22:1 on white
      colorLinkActive: '#002266', // 14.78:1 on white
      controlOutline: FOCUS_COLOUR,
      controlOutlineWidth: 2,
      ...tagTextTokens('normal'),
      borderRadius: 6,
    },
    components: {
      // Hovered fields: a neutral dark grey border (#595959, 7.00:1 on white), neither red nor focus blue.
      ...focusComponents(FOCUS_COLOUR, '#595959'),
      // The chosen language / view: white on dark red (6.57:1), not white on light grey (1.09:1).
      Segmented: {
        itemSelectedBg: '#b71c1c',
        itemSelectedColor: '#ffffff',
        itemColor: 'rgba(0, 0, 0, 0.88)',
      },
    },
  };
}

function highContrastTheme(fontScale: number): ThemeConfig {
  return {
    algorithm: theme.defaultAlgorithm,
    token: {
      ...typography(fontScale),
      colorPrimary: '#7a0000', // 11.49:1 on white, white on it 11.49:1
      colorPrimaryHover: '#500000', // 15.66:1
      colorPrimaryActive: '#000000', // 21:1
      colorText: '#000000', // 21:1
      colorTextSecondary: '#000000',
      colorTextDescription: '#000000',
      colorTextTertiary: '#1a1a1a', // 17.40:1
      colorTextPlaceholder: '#333333', // 12.63:1 on white
      colorError: '#820014', // 10.72:1 on white
      colorErrorText: '#820014',
      colorSuccess: '#135200', // 9.40:1 on white
      colorSuccessText: '#135200',
      colorWarning: '#613400', // 10.50:1 on white
      colorInfo: '#00007a', // 16.39:1 on white
      ...STATUS_BACKGROUNDS,
      colorWarningText: '#613400', // 10.50:1 on white
      colorBorder: '#000000',
      colorBorderSecondary: '#333333',
      colorBgLayout: '#ffffff',
      colorLink: '#00007a', // 16.39:1 on white
      colorLinkHover: '#000000',
      colorLinkActive: '#000000',
      controlOutline: FOCUS_COLOUR_HIGH,
      controlOutlineWidth: 3,
      ...tagTextTokens('high'),
      lineWidth: 2,
      borderRadius: 4,
    },
    components: {
      ...focusComponents(FOCUS_COLOUR_HIGH, '#000000'),
      // The chosen menu item: white on the dark red, 11.49:1 (antd's derived pink behind red is under 7:1).
      Menu: { itemSelectedBg: '#7a0000', itemSelectedColor: '#ffffff' },
      // White track with a black frame (styles.css); the chosen item white on black, 21:1.
      Segmented: {
        trackBg: '#ffffff',
        itemSelectedBg: '#000000',
        itemSelectedColor: '#ffffff',
        itemColor: '#000000',
        itemHoverColor: '#000000',
      },
    },
  };
}

/** Ant Design theme from the user's display settings: larger type and a high-contrast palette. */
export function themeFor(settings: Pick<Settings, 'fontScale' | 'highContrast'>): ThemeConfig {
  return settings.highContrast ? highContrastTheme(settings.fontScale) : normalTheme(settings.fontScale);
}
