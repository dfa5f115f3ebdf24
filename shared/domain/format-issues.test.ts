import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { hlcSchema } from '../hlc/hlc-stamp.ts';
import { idSchema } from '../ids/id-schema.ts';
import { formatZodIssues, issueText } from './format-issues.ts';
import { personSchema } from './directory.ts';
import { programmeSchema } from './programme.ts';
import { yearSchema } from './primitives.ts';
import { viError } from './vi-issue-message.ts';

const issuesOf = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('expected a failed parse');
  return parsed.error;
};

describe('formatZodIssues in English', () => {
  it('words the generic messages, numbers the English way', () => {
    const error = issuesOf(z.strictObject({ name: z.string(viError).min(1, viError) }, viError), {
      name: '',
    });
    expect(formatZodIssues(error)).toEqual(['Tên: không được để trống']);
    expect(formatZodIssues(error, 'en')).toEqual(['Name: must not be empty']);
    expect(issueText(issuesOf(yearSchema, 1900).issues[0] ?? { message: '' }, 'en')).toBe(
      'must not be less than 1,945',
    );
    expect(issueText(issuesOf(yearSchema, 1900).issues[0] ?? { message: '' })).toBe(
      'không được nhỏ hơn 1.945',
    );
  });

  it('tells a missing value from a value of the wrong type', () => {
    expect(issueText(issuesOf(idSchema, undefined).issues[0] ?? { message: '' }, 'en')).toBe('is required');
    expect(issueText(issuesOf(idSchema, 42).issues[0] ?? { message: '' }, 'en')).toBe(
      'an identifier must be text',
    );
    expect(issueText(issuesOf(hlcSchema, 'x').issues[0] ?? { message: '' }, 'en')).toBe(
      'is not a valid HLC timestamp',
    );
  });

  it('words a schema’s own messages and the path of a list item', () => {
    const person = { id: 'x', spaceId: 'directory', name: 'A', unitId: null, email: 'no', phone: null };
    const lines = formatZodIssues(issuesOf(personSchema, person), 'en');
    expect(lines).toContain('Email: is not a valid email address');
    const programme = issuesOf(programmeSchema, { committee: [{ personId: 'x', role: 'boss' }] });
    expect(formatZodIssues(programme, 'en')).toContain(
      'Steering committee (item 1) › Person: is not a valid identifier (a lower-case version 7 UUID is needed)',
    );
    expect(formatZodIssues(programme)).toContain(
      'Ban Chủ nhiệm (mục 1) › Người: mã định danh không hợp lệ (cần UUID phiên bản 7, chữ thường)',
    );
  });

  it('falls back to the generic English message for an issue without a key', () => {
    const error = issuesOf(z.number().max(5), 7);
    expect(formatZodIssues(error, 'en')).toEqual(['Must not be greater than 5']);
    expect(formatZodIssues(error)).toEqual(['Too big: expected number to be <=5']);
  });

  it('keeps the key in the reported issue, where zod copies the raw issue after asking for the message', () => {
    const [issue] = issuesOf(hlcSchema, 'x').issues;
    expect(issue?.message).toBe('dấu thời gian HLC không hợp lệ');
    expect((issue as { params?: unknown } | undefined)?.params).toEqual({ messageKey: 'hlc.invalid' });
    const [size] = issuesOf(yearSchema, 3000).issues;
    expect((size as { params?: unknown } | undefined)?.params).toEqual({
      messageKey: 'generic.notGreater',
      messageParams: { max: 2200 },
    });
  });
});
