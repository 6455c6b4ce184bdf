import { ukDateTime, ukDateTimeShort } from '@guildhall/editorial';

// What an entry's schedule fields say, in the words the edit view and the list use.

export interface ScheduleValues {
  publishAt?: string | null;
  unpublishAt?: string | null;
  scheduleProblem?: string | null;
}

export interface ScheduleLine {
  tone: 'planned' | 'problem';
  text: string;
}

/** Full sentences for the edit view's Schedule panel. */
export function scheduleSentences(values: ScheduleValues): ScheduleLine[] {
  const lines: ScheduleLine[] = [];
  if (values.scheduleProblem) lines.push({ tone: 'problem', text: values.scheduleProblem });
  if (values.publishAt)
    lines.push({ tone: 'planned', text: `Scheduled to publish at ${ukDateTime(values.publishAt)}.` });
  if (values.unpublishAt)
    lines.push({ tone: 'planned', text: `Scheduled to unpublish at ${ukDateTime(values.unpublishAt)}.` });
  return lines;
}

/** Short lines for the list view's Schedule column. */
export function scheduleSummary(values: ScheduleValues): ScheduleLine[] {
  const lines: ScheduleLine[] = [];
  if (values.scheduleProblem) lines.push({ tone: 'problem', text: values.scheduleProblem });
  if (values.publishAt)
    lines.push({ tone: 'planned', text: `Publishes ${ukDateTimeShort(values.publishAt)}` });
  if (values.unpublishAt)
    lines.push({ tone: 'planned', text: `Unpublishes ${ukDateTimeShort(values.unpublishAt)}` });
  return lines;
}

export const toneColours: Record<ScheduleLine['tone'], string> = { planned: '#4945ff', problem: '#d02b20' };
