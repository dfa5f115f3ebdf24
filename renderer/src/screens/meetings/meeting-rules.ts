import type { FormRule } from 'antd';
import { ROMAN_TERM_PATTERN } from '../../../../shared/domain/meeting.ts';
import { parseTimeVi } from '../../data/meeting-form.ts';
import type { Messages } from '../../i18n/vi.ts';

type Texts = Messages['meetingEdit'];

/** A field that must hold more than white space, named in the message. */
export const requiredText = (t: Texts, label: string): FormRule => ({
  required: true,
  whitespace: true,
  message: t.required(label),
});

/** An optional text field: empty passes, anything else must be `accepts`-ed or shows `message`. */
export const checkText = (accepts: (value: string) => boolean, message: string): FormRule => ({
  validator: (_, value: string | undefined) =>
    !value?.trim() || accepts(value) ? Promise.resolve() : Promise.reject(new Error(message)),
});

/** Khóa: a Roman numeral, in either case. */
export const termRule = (t: Texts) =>
  checkText((value) => ROMAN_TERM_PATTERN.test(value.trim().toUpperCase()), t.badTerm);

/** The end hour is a time, and not before the start (when the start is one). */
export const endRule =
  (t: Texts): FormRule =>
  ({ getFieldValue }) => ({
    validator: (_, value: string | undefined) => {
      if (!value?.trim()) return Promise.resolve();
      const end = parseTimeVi(value);
      if (!end) return Promise.reject(new Error(t.badTime));
      const start = parseTimeVi(String(getFieldValue('start') ?? ''));
      return start && end < start ? Promise.reject(new Error(t.endBeforeStart)) : Promise.resolve();
    },
  });

/** The chair is not also a co-chair. */
export const coChairRule =
  (t: Texts): FormRule =>
  ({ getFieldValue }) => ({
    validator: (_, value: string[] | undefined) =>
      value?.includes(String(getFieldValue('chairPersonId')))
        ? Promise.reject(new Error(t.chairIsCoChair))
        : Promise.resolve(),
  });
