import { z } from 'zod';
import { normaliseFrom, normaliseTo } from '@guildhall/redirects';
import type { ContentType } from './content-type';
import { fetchAll } from './fetch-all';
import type { ContentSource } from './source';

/** Whether `value` is already what `normalise` makes of it: the CMS stores redirects only in that form. */
const isNormal = (normalise: (input: string) => string) => (value: string) => {
  try {
    return normalise(value) === value;
  } catch {
    return false;
  }
};

export const redirectSchema = z.object({
  documentId: z.string(),
  from: z
    .string()
    .refine(isNormal(normaliseFrom), 'must be a path on this site in canonical form, e.g. /news/old/'),
  to: z.string().refine(isNormal(normaliseTo), 'must be a path on this site or an http(s) web address'),
  permanent: z.boolean(),
});
export type Redirect = z.infer<typeof redirectSchema>;

export const redirectType: ContentType<Redirect> = {
  typeName: 'redirect',
  single: 'redirect',
  connection: 'redirects_connection',
  filtersInput: 'RedirectFiltersInput',
  fields: 'from to permanent',
  sort: ['from:asc'],
  schema: redirectSchema,
};

/** Every redirect, by old path. Redirects have no drafts: a saved one is live. */
export const fetchRedirects = (source: ContentSource): Promise<Redirect[]> => fetchAll(source, redirectType);
