import type { CalendarMonth } from './paths';

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2021-05-10" → "10 May 2021". */
export const formatDate = (isoDate: string): string => longDate.format(new Date(`${isoDate}T00:00:00Z`));

/** A dialable tel: link; a leading + is kept because it changes the number dialled. */
export const telHref = (phone: string): string =>
  `tel:${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;

export const mailtoHref = (email: string): string => `mailto:${email.trim()}`;

/** A phone number as shown: it never breaks across lines, which would misread as two numbers. */
export const phoneText = (phone: string): string =>
  phone.trim().replace(/ /g, '\u00a0').replace(/-/g, '\u2011');

const monthAndYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** { year: "2024", month: "05" } → "May 2024". */
export const formatMonth = ({ year, month }: CalendarMonth): string =>
  monthAndYear.format(new Date(`${year}-${month}-01T00:00:00Z`));
