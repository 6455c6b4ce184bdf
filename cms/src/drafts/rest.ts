// How a REST request asks for drafts. Strapi 5 reads the draft versions with
// `status=draft`. Strapi v4 clients asked with `publicationState=preview`; Strapi 5
// ignores it today, but it means "drafts too", so it is refused rather than trusted
// to stay ignored. Letter case is ignored: refusing `DRAFT` as well costs nothing.

// The strings in a query value, however qs shaped it (`status[]=draft`, `status[0]=draft`).
const stringsIn = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
};

const includes = (value: unknown, wanted: string) =>
  stringsIn(value).some((item) => item.toLowerCase() === wanted);

/** True when the parsed query string (as Strapi's `strapi::query` parses it) asks for drafts. */
export function restAsksForDrafts(query: Record<string, unknown>): boolean {
  return includes(query.status, 'draft') || includes(query.publicationState, 'preview');
}
