import { theme } from 'antd';
import { describe, expect, it } from 'vitest';
import { FONT_SCALE_MAX, FONT_SCALE_MIN } from '../../../shared/ipc/settings.ts';
import { FOCUS_COLOUR, FOCUS_COLOUR_HIGH, PRESET_TAG_COLOURS, tagTextCss, themeFor } from './theme.ts';

type Rgb = [number, number, number];

/** '#rrggbb' or 'rgba(r, g, b, a)', composed over an opaque background. */
function parse(colour: string, background: Rgb = [255, 255, 255]): Rgb {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (hex) return [parseInt(hex[1] ?? '', 16), parseInt(hex[2] ?? '', 16), parseInt(hex[3] ?? '', 16)];
  const rgba = /^rgba?\((\d+), *(\d+), *(\d+)(?:, *([\d.]+))?\)$/.exec(colour);
  if (!rgba) throw new Error(`unparsed colour ${colour}`);
  const a = Number(rgba[4] ?? 1);
  const over = (c: string | undefined, bg: number) => Number(c) * a + bg * (1 - a);
  return [over(rgba[1], background[0]), over(rgba[2], background[1]), over(rgba[3], background[2])];
}

/** WCAG 2 relative luminance. */
function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(foreground: string, background: string): number {
  const bg = parse(background);
  const [a, b] = [luminance(parse(foreground, bg)), luminance(bg)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

const WHITE = '#ffffff';
const LAYOUT_GREY = '#f5f5f5';
const normal = theme.getDesignToken(themeFor({ fontScale: 1, highContrast: false }));
const high = theme.getDesignToken(themeFor({ fontScale: 1, highContrast: true }));

describe('contrast helper', () => {
  it('gives the known WCAG ratios', () => {
    expect(contrast('#000000', WHITE)).toBeCloseTo(21, 5);
    expect(contrast('#767676', WHITE)).toBeCloseTo(4.54, 2);
  });
});

describe('themeFor: normal', () => {
  const texts = {
    colorText: normal.colorText,
    colorTextSecondary: normal.colorTextSecondary,
    colorTextDescription: normal.colorTextDescription,
    colorTextTertiary: normal.colorTextTertiary,
    colorTextPlaceholder: normal.colorTextPlaceholder,
    colorError: normal.colorError,
    colorErrorText: normal.colorErrorText,
    colorSuccessText: normal.colorSuccessText,
    colorWarningText: normal.colorWarningText,
    colorLink: normal.colorLink,
    colorLinkHover: normal.colorLinkHover,
    colorPrimary: normal.colorPrimary,
  };
  it.each(Object.entries(texts))('%s is at least 4.5:1 on white and on the layout grey', (_, colour) => {
    expect(contrast(colour, WHITE)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colour, LAYOUT_GREY)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps the dark-red primary, and white text on its hover and active shades passes', () => {
    expect(normal.colorPrimary.toLowerCase()).toBe('#b71c1c');
    for (const bg of [normal.colorPrimary, normal.colorPrimaryHover, normal.colorPrimaryActive]) {
      expect(contrast(WHITE, bg)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each(PRESET_TAG_COLOURS)('a %s tag is at least 4.5:1 on its own background', (colour) => {
    expect(contrast(normal[`${colour}7`], normal[`${colour}1`])).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['Success', 'Info', 'Error', 'Warning'] as const)(
    'a %s status tag is at least 4.5:1 on its own background',
    (status) => {
      expect(contrast(normal[`color${status}`], normal[`color${status}Bg`])).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('has a focus colour of at least 3:1 that is not the error colour', () => {
    expect(normal.controlOutline).toBe(FOCUS_COLOUR);
    expect(contrast(FOCUS_COLOUR, WHITE)).toBeGreaterThanOrEqual(3);
    expect(contrast(FOCUS_COLOUR, LAYOUT_GREY)).toBeGreaterThanOrEqual(3);
    expect(FOCUS_COLOUR).not.toBe(normal.colorError);
  });

  it('sets 15 px body text and 13 px small text at the default step', () => {
    expect(normal.fontSize).toBe(15);
    expect(normal.fontSizeSM).toBe(13);
    // Today's h2 size for the one h1 of each screen.
    expect(normal.fontSizeHeading1).toBe(normal.fontSizeHeading2);
  });

  it('never draws small text under 13 px, even at the smallest step', () => {
    expect(
      theme.getDesignToken(themeFor({ fontScale: FONT_SCALE_MIN, highContrast: false })).fontSizeSM,
    ).toBe(13);
  });

  it('reaches 24 px body text at the largest step, the settings range unchanged', () => {
    expect(theme.getDesignToken(themeFor({ fontScale: FONT_SCALE_MAX, highContrast: false })).fontSize).toBe(
      24,
    );
    expect(FONT_SCALE_MIN).toBe(0.85);
  });
});

describe('tagTextCss', () => {
  it.each([false, true])(
    'sets the CSS variable of each preset tag to its token (high contrast: %s)',
    (hc) => {
      const tokens = hc ? high : normal;
      const css = tagTextCss(hc);
      for (const colour of PRESET_TAG_COLOURS) {
        expect(css).toContain(`--ant-${colour}-7: ${tokens[`${colour}7`]} !important;`);
      }
    },
  );
});

describe('themeFor: high contrast', () => {
  const texts = {
    colorText: high.colorText,
    colorTextSecondary: high.colorTextSecondary,
    colorTextTertiary: high.colorTextTertiary,
    colorTextPlaceholder: high.colorTextPlaceholder,
    colorErrorText: high.colorErrorText,
    colorSuccessText: high.colorSuccessText,
    colorWarningText: high.colorWarningText,
    colorLink: high.colorLink,
    colorPrimary: high.colorPrimary,
  };
  it.each(Object.entries(texts))('%s is at least 7:1 on white', (_, colour) => {
    expect(contrast(colour, WHITE)).toBeGreaterThanOrEqual(7);
  });

  it.each(PRESET_TAG_COLOURS)('a %s tag is at least 7:1 on its own background', (colour) => {
    expect(contrast(high[`${colour}7`], high[`${colour}1`])).toBeGreaterThanOrEqual(7);
  });

  it.each(['Success', 'Info', 'Error', 'Warning'] as const)(
    'a %s status tag is at least 7:1 on its own background',
    (status) => {
      expect(contrast(high[`color${status}`], high[`color${status}Bg`])).toBeGreaterThanOrEqual(7);
    },
  );

  it('has a focus colour of at least 3:1 on white', () => {
    expect(high.controlOutline).toBe(FOCUS_COLOUR_HIGH);
    expect(contrast(FOCUS_COLOUR_HIGH, WHITE)).toBeGreaterThanOrEqual(3);
  });
});
