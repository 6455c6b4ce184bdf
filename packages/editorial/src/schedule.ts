// Editors plan publication in UK time whatever their computer's clock says, and the
// CMS stores UTC. Every place that tells an editor when something will happen (the
// edit view, the list view, the reason a scheduled publish did not go ahead) words
// the time here, so they always agree.

const ukParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  hour: '2-digit',
  minute: '2-digit',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

const ukShortParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  hour: '2-digit',
  minute: '2-digit',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

function parts(format: Intl.DateTimeFormat, when: Date | string): Record<string, string> {
  const date = typeof when === 'string' ? new Date(when) : when;
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date and time: "${String(when)}"`);
  return Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
}

/** "00:01 on Tuesday 3 March 2026 (UK time)": GMT in winter, BST in summer. */
export function ukDateTime(when: Date | string): string {
  const p = parts(ukParts, when);
  return `${p.hour}:${p.minute} on ${p.weekday} ${p.day} ${p.month} ${p.year} (UK time)`;
}

/** "00:01, Tue 3 Mar 2026": for a table cell, where "(UK time)" sits in the column's name. */
export function ukDateTimeShort(when: Date | string): string {
  const p = parts(ukShortParts, when);
  return `${p.hour}:${p.minute}, ${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/** Fields of scheduled types that the CMS writes and editors only read (why a scheduled publish failed). */
export const SCHEDULE_SYSTEM_FIELDS: readonly string[] = ['scheduleProblem'];
