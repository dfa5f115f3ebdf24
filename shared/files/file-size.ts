/** A file's size as people read it: "184 KB", "2,5 MB" in Vietnamese (decimal comma), "2.5 MB" in English. */
export function formatFileSize(bytes: number, locale: 'vi' | 'en' = 'vi'): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const text = value.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
  });
  return `${text} ${units[unit] ?? 'B'}`;
}
