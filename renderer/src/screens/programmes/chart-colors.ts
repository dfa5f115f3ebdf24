/**
 * The chart's colours on its white ground. WCAG 2.2: text needs 4.5:1, lines and marks 3:1. The series
 * also differ by dash (results solid, plans dotted, target dashed), not by colour alone. The value grid's
 * light lines only guide the eye (every value is labelled), so they are left faint.
 */
export const chartColors = {
  background: '#ffffff',
  /** Results: line, dots and their labels; 6.2:1. */
  result: '#0958d9',
  /** Plans: dotted line and squares; 7.0:1. */
  plan: '#595959',
  /** The term target: dashed line and its label; 5.6:1. */
  target: '#cf1322',
  /** Axes; 7.0:1. */
  axis: '#595959',
  /** Axis labels and the legend's text; 9.7:1. */
  text: '#444444',
  /** The value grid (decorative). */
  grid: '#e5e5e5',
} as const;

const channel = (value: number) => {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** WCAG relative luminance of "#rrggbb". */
export function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => channel(parseInt(hex.slice(i, i + 2), 16)));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two "#rrggbb" colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}
