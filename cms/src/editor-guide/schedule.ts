import { SCHEDULE_SYSTEM_FIELDS } from '@guildhall/editorial';
import type { EditorGuide } from './types';

// The schedule fields every scheduled type has (cms/src/schedule/types.ts).
export const scheduleFields: EditorGuide['fields'] = {
  publishAt:
    "Optional: the CMS publishes this draft by itself at this time, e.g. when an embargo lifts. Type it in your computer's time; the Schedule panel on the right says it in UK time. Save to schedule; clear it and save to cancel.",
  unpublishAt:
    'Optional: the CMS takes this off the site by itself at this time, e.g. when a consultation closes. Must be later than Publish at. Clear it and save to cancel.',
  scheduleProblem:
    'Written by the CMS when a scheduled publish could not go ahead, saying why. Shown in the Schedule panel and the list.',
};

export const scheduleSystemFields = [...SCHEDULE_SYSTEM_FIELDS];
