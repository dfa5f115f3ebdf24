import type { EntityPatchInputOf } from '../../../../shared/domain/registry.ts';
import { App, type FormInstance } from 'antd';
import { useRef } from 'react';
import type { Programme } from '../../../../shared/domain/programme.ts';
import { programmeSpace } from '../../../../shared/domain/space.ts';
import { uuidv7 } from '../../../../shared/ids/index.ts';
import { useDb } from '../../db/db-context.tsx';
import { createRecord, updateRecord, ValidationFailure } from '../../db/write.ts';
import { useMessages } from '../../i18n/messages.ts';
import { navigate } from '../../state/router.ts';
import {
  programmeFieldsOf,
  programmeFormIssues,
  type FormIssue,
  type ProgrammeFormValues,
} from './programme-form-values.ts';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const fieldNames = ['code', 'title', 'termStart', 'termEnd', 'issuingBody', 'higherProgrammeCode'] as const;

/**
 * Puts the schema's messages next to their fields (a committee member's next to the member's field) and
 * answers those about the committee as a whole, which no field shows.
 */
function showIssues(form: FormInstance<ProgrammeFormValues>, issues: readonly FormIssue[]): string[] {
  form.setFields(
    fieldNames.map((name) => ({
      name,
      errors: issues.filter((i) => i.name[0] === name).map((i) => capitalise(i.message)),
    })),
  );
  const committeeIssues = issues.filter((i) => i.name[0] === 'committee');
  for (const issue of committeeIssues.filter((i) => i.name.length > 2)) {
    form.setFields([{ name: issue.name as never, errors: [capitalise(issue.message)] }]);
  }
  return committeeIssues.filter((i) => i.name.length <= 2).map((i) => capitalise(i.message));
}

/**
 * Saves the programme form: checked against the programme schema first, then the programme updated, or
 * created (with its own space) and opened. The new programme's id is kept across attempts.
 */
export function useProgrammeSave(
  form: FormInstance<ProgrammeFormValues>,
  programme: Programme | null,
  onClose: () => void,
) {
  const f = useMessages().programmeForm;
  const { write } = useDb();
  const { message } = App.useApp();
  const newId = useRef<string | null>(null);

  return async () => {
    const values = form.getFieldsValue(true) as ProgrammeFormValues;
    newId.current ??= uuidv7(write.now());
    const id = programme?.id ?? newId.current;
    const issues = programmeFormIssues(values, id);
    const general = showIssues(form, issues);
    if (issues.length > 0) {
      if (general.length > 0) void message.error(general.join('; '));
      return;
    }
    try {
      const fields = programmeFieldsOf(values);
      if (programme) {
        // The form's fields were checked above (programmeFormIssues): no committee row lacks its person.
        await updateRecord(write, 'programme', programme.id, fields as EntityPatchInputOf<'programme'>);
        void message.success(f.saved);
      } else {
        await createRecord(write, 'programme', { ...fields, id, spaceId: programmeSpace(id) } as never);
        void message.success(f.created);
        navigate('programmes', id);
      }
      onClose();
    } catch (error) {
      if (error instanceof ValidationFailure) void message.error(error.issues.join('; '));
      else throw error;
    }
  };
}
