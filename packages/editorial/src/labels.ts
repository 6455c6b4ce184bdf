// Field names as editors read them in the admin. The editor guide sets these labels
// and every validation message names fields with them, so the two always agree.

const acronyms: Record<string, string> = { seo: 'SEO', url: 'URL' };

/** "firstPublished" → "First published", "joinUrl" → "Join URL". */
export function fieldLabel(name: string): string {
  const words = name.split(/(?=[A-Z])/).map((word) => acronyms[word.toLowerCase()] ?? word.toLowerCase());
  const [first = '', ...rest] = words;
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(' ');
}

export type FieldPath = readonly (string | number)[];

/** ["helpAreas", 1, "link"] → "Help areas › item 2 › Link". */
export const fieldPathLabel = (path: FieldPath): string =>
  path.map((part) => (typeof part === 'number' ? `item ${part + 1}` : fieldLabel(part))).join(' › ');
