import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-size.ts';

describe('formatFileSize', () => {
  it('reads as people write sizes, in each language', () => {
    expect(formatFileSize(0)).toBe('0 B');
    expect(formatFileSize(184_320)).toBe('180 KB');
    expect(formatFileSize(2.5 * 1024 * 1024)).toBe('2,5 MB');
    expect(formatFileSize(2.5 * 1024 * 1024, 'en')).toBe('2.5 MB');
    expect(formatFileSize(200 * 1024 * 1024)).toBe('200 MB');
  });
});
