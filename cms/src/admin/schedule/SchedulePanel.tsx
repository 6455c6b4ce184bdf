import { useForm } from '@strapi/strapi/admin';
import { isScheduledType } from '../../schedule/types';
import { scheduleSentences, toneColours, type ScheduleValues } from './describe';

interface PanelProps {
  activeTab: 'draft' | 'published' | null;
  model: string;
  document?: ScheduleValues;
}

const savedTime = (value: string | null | undefined) => (value ? new Date(value).getTime() : null);

/**
 * The edit view's "Schedule" panel. Strapi's date-time input shows the editor's own
 * time zone; this says the same moment in UK time, from the form as it is typed, and
 * whether it still needs saving. It also shows why a scheduled publish failed.
 */
export function SchedulePanel({ activeTab, model, document }: PanelProps) {
  const values = useForm('SchedulePanel', (form) => form.values as ScheduleValues, false);
  if (!isScheduledType(model) || activeTab === 'published') return null;

  const current: ScheduleValues = { ...(values ?? document), scheduleProblem: document?.scheduleProblem };
  const unsaved =
    savedTime(values?.publishAt) !== savedTime(document?.publishAt) ||
    savedTime(values?.unpublishAt) !== savedTime(document?.unpublishAt);
  const lines = scheduleSentences(current);

  return {
    title: 'Schedule',
    content: (
      <div data-testid="schedule-panel" style={{ fontSize: 14, lineHeight: 1.5, width: '100%' }}>
        {lines.length === 0 ? (
          <p>
            Not scheduled. To publish or unpublish this by itself at a set time, fill in Publish at or
            Unpublish at and save.
          </p>
        ) : (
          lines.map((line) => (
            <p
              key={line.text}
              data-tone={line.tone}
              style={{ color: toneColours[line.tone], fontWeight: 600, marginBottom: 8 }}
            >
              {line.text}
            </p>
          ))
        )}
        {unsaved && <p style={{ fontStyle: 'italic' }}>Not saved yet: save to confirm the schedule.</p>}
      </div>
    ),
  };
}
