/** A field value as a person reads it in the conflict inbox and the refused list. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(trống)';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  return JSON.stringify(value);
}
