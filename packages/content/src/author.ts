import { z } from 'zod';
import type { ContentType } from './content-type';
import { fetchAll } from './fetch-all';
import { mediaFields, mediaSchema, slugSchema } from './shared';
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

export const authorType: ContentType<Author> = {
  typeName: 'author',
  single: 'author',
  connection: 'authors_connection',
  filtersInput: 'AuthorFiltersInput',
  fields: `name slug role bio updatedAt portrait { ${mediaFields} }`,
  sort: ['name:asc'],
  schema: authorSchema,
};

/** Every published author, by name. */
export const fetchAuthors = (source: ContentSource): Promise<Author[]> => fetchAll(source, authorType);
