import { z } from 'zod';
import { fetchAll } from './fetch-all';
import { connectionQuery, mediaFields, mediaSchema, slugSchema } from './shared';
import type { ContentSource } from './source';

export const authorSchema = z.object({
  documentId: z.string(),
  name: z.string().min(1),
  slug: slugSchema,
  role: z.string().nullable(),
  bio: z.string().nullable(),
  portrait: mediaSchema.nullable(),
  updatedAt: z.string(),
});
export type Author = z.infer<typeof authorSchema>;

export const authorsQuery = connectionQuery(
  'Authors',
  'authors_connection',
  `name slug role bio updatedAt portrait { ${mediaFields} }`,
  ['name:asc'],
);

/** Every published author, by name. */
export const fetchAuthors = (source: ContentSource): Promise<Author[]> =>
  fetchAll(source, {
    typeName: 'author',
    connection: 'authors_connection',
    query: authorsQuery,
    schema: authorSchema,
  });
