import type { FormInstance } from 'antd';
import { useEffect } from 'react';
import { useSignedInUnit } from '../../data/use-access.ts';
import type { TaskLookups } from '../../data/use-task-list.ts';
import { newTaskForm, type TaskFormValues } from './task-form.ts';

/**
 * A new task's starting values, by what the user may do: a ward official who may give no task from a
 * programme or meeting starts on their unit's own task, their unit leading it. What the user may do is read
 * after the drawer opens, so the defaults follow it until the user touches the form.
 */
export function useNewTaskDefaults(args: {
  form: FormInstance<TaskFormValues>;
  creating: boolean;
  creatable: Pick<TaskLookups, 'programmes' | 'meetings'>;
  ownTaskUnits: readonly string[];
  me: { unitId: string | null };
}): { initial: TaskFormValues; myUnitId: string | null } {
  const { form, creating } = args;
  const myUnitId = useSignedInUnit() ?? args.me.unitId;
  const initial = newTaskForm({
    myUnitId,
    ownTaskUnits: args.ownTaskUnits,
    hasSources: args.creatable.programmes.length > 0 || args.creatable.meetings.length > 0,
  });
  const { sourceKind, leadUnitId } = initial;
  useEffect(() => {
    if (!creating || form.isFieldsTouched()) return;
    form.setFieldsValue({ sourceKind, leadUnitId });
  }, [form, creating, sourceKind, leadUnitId]);
  return { initial, myUnitId };
}
