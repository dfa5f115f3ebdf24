import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { effectiveTaskStatus } from '../../../../shared/domain/task-status.ts';
import type { Task } from '../../../../shared/domain/task.ts';
import type { IsoDate } from '../../../../shared/text/calendar-date.ts';
import { formatDateVi } from '../../../../shared/text/date-format.ts';
import { sourceLabel, type TaskLookups } from '../../data/use-task-list.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useApi } from '../../platform/api-context.tsx';

/** Xuất Excel: the tasks of the current view (after the filters, in the list's order) as an .xlsx. */
export function ExportButton(props: {
  tasks: readonly Task[];
  title: string;
  lookups: TaskLookups;
  today: IsoDate;
}) {
  const m = useMessages();
  const e = m.taskExport;
  const api = useApi();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const { lookups } = props;

  const run = async () => {
    setBusy(true);
    try {
      const result = await api.invoke('export.xlsx', {
        title: props.title,
        sheetName: m.nav.tasks,
        columns: [
          { header: e.number, width: 6 },
          { header: m.tasks.title, width: 60 },
          { header: m.tasks.source, width: 30 },
          { header: m.tasks.lead, width: 20 },
          { header: m.tasks.cooperating, width: 30 },
          { header: m.tasks.responsible, width: 24 },
          { header: m.tasks.deadline, width: 12 },
          { header: m.tasks.deadlineText, width: 24 },
          { header: m.tasks.status, width: 16 },
          { header: e.progress, width: 10 },
        ],
        rows: props.tasks.map((task, index) => [
          index + 1,
          task.title,
          sourceLabel(task.source, lookups),
          lookups.unitName.get(task.leadUnitId) ?? '',
          task.cooperatingUnitIds.map((id) => lookups.unitName.get(id) ?? '').join(', '),
          task.responsiblePersonId ? (lookups.personName.get(task.responsiblePersonId) ?? '') : '',
          task.deadline ? formatDateVi(task.deadline) : null,
          task.deadlineText,
          m.taskStatus[effectiveTaskStatus(task, props.today)],
          task.progress,
        ]),
      });
      if (!result.ok) void message.error(result.error.message || m.errors[result.error.code]);
      else if (result.value.saved) void message.success(e.saved(result.value.path));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button
      icon={<DownloadOutlined aria-hidden />}
      loading={busy}
      disabled={props.tasks.length === 0}
      onClick={() => void run()}
    >
      {e.button}
    </Button>
  );
}
