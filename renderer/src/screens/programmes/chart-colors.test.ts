import { describe, expect, it } from 'vitest';
import { chartColors, contrastRatio } from './chart-colors.ts';

describe('the chart colours (WCAG 2.2 AA on white)', () => {
  const on = (color: string) => contrastRatio(color, chartColors.background);

  it('computes the WCAG ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('gives text 4.5:1: the labels of results, target, axes and legend', () => {
    for (const color of [chartColors.result, chartColors.target, chartColors.text]) {
      expect(on(color)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('gives lines and marks 3:1', () => {
    for (const color of [chartColors.result, chartColors.plan, chartColors.target, chartColors.axis]) {
      expect(on(color)).toBeGreaterThanOrEqual(3);
    }
  });
});
