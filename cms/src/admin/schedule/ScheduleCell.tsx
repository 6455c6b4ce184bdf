import { scheduleSummary, toneColours, type ScheduleValues } from './describe';

/** The list view's "Schedule" cell: when the entry publishes or unpublishes, or why it did not. */
export function ScheduleCell({ row }: { row: ScheduleValues }) {
  const lines = scheduleSummary(row);
  if (lines.length === 0) return <span>-</span>;
  return (
    <span data-testid="schedule-cell" style={{ display: 'block', whiteSpace: 'normal', maxWidth: 320 }}>
      {lines.map((line) => (
        <span
          key={line.text}
          data-tone={line.tone}
          style={{ display: 'block', color: toneColours[line.tone] }}
        >
          {line.text}
        </span>
      ))}
    </span>
  );
}
