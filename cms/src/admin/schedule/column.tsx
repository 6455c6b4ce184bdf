import { ScheduleCell } from './ScheduleCell';
import type { ScheduleValues } from './describe';

interface ListHeader {
  name: string;
  label: string | { id: string; defaultMessage: string };
  attribute: { type: string };
  searchable: boolean;
  sortable: boolean;
  cellFormatter?: (row: ScheduleValues) => JSX.Element;
}

interface ListColumns {
  displayedHeaders: ListHeader[];
  layout: { metadatas: Record<string, unknown> };
}

/** Adds a "Schedule" column to the list view of every type that has schedule fields. */
export function addScheduleColumn({ displayedHeaders, layout }: ListColumns): ListColumns {
  if (!('publishAt' in layout.metadatas)) return { displayedHeaders, layout };
  const schedule: ListHeader = {
    name: 'schedule',
    label: { id: 'guildhall.schedule.column', defaultMessage: 'Schedule (UK time)' },
    attribute: { type: 'custom' },
    searchable: false,
    sortable: false,
    cellFormatter: (row) => <ScheduleCell row={row} />,
  };
  return { displayedHeaders: [...displayedHeaders, schedule], layout };
}
