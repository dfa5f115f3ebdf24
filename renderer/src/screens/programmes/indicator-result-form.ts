import type { IndicatorPeriod, IndicatorStatus } from '../../../../shared/domain/indicator.ts';
import { tryParseNumberVi } from '../../../../shared/text/parse-number.ts';

/** The form of a period's figures in the indicator's detail, as typed. */
export interface ResultForm {
  periodId: string;
  planned: string;
  result: string;
  note: string;
  override: IndicatorStatus | 'auto';
  reason: string;
}

const editNumber = (value: number | null) => (value === null ? '' : String(value).replace('.', ','));

/** A figure typed with a decimal comma (a trailing "%" allowed): null when blank or not a number. */
export const typedNumber = (text: string) =>
  text.trim() === '' ? null : tryParseNumberVi(text.replace(/\s*%$/u, ''));

/** The form's values for a period's saved figures. */
export function resultFormValuesOf(period: IndicatorPeriod): ResultForm {
  return {
    periodId: period.id,
    planned: editNumber(period.planned),
    result: editNumber(period.result),
    note: period.note,
    override: period.statusOverride?.status ?? 'auto',
    reason: period.statusOverride?.reason ?? '',
  };
}

/** The figures the form's values save; "auto" clears a status set by hand. */
export function figuresPatchOf(values: ResultForm) {
  return {
    planned: typedNumber(values.planned),
    result: typedNumber(values.result),
    note: values.note,
    statusOverride: values.override === 'auto' ? null : { status: values.override, reason: values.reason },
  };
}
