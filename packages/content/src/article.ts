import { z } from 'zod';
import { blocksSchema } from './blocks';
import { fetchAll } from './fetch-all';
import {
  authorRefFields,
  authorRefSchema,
  connectionQuery,
  mediaFields,
  mediaSchema,
  publicationFields,
  publicationShape,
  slugSchema,
} from './shared';
import type { ContentSource } from './source';

export const articleSchema = z.object({
  documentId: z.string(),
  title: z.string().min(1),
  slug: slugSchema,
  summary: z.string().min(1).max(300),
  body: blocksSchema.min(1, 'is empty'),
  author: authorRefSchema.nullable(),
  coverImage: mediaSchema.nullable(),
  ...publicationShape,
});
export type Article = z.infer<typeof articleSchema>;

export const articlesQuery = connectionQuery(
  'Articles',
  'articles_connection',
  `title slug summary body
   author { ${authorRefFields} }
   coverImage { ${mediaFields} }
   ${publicationFields}`,
  ['firstPublished:desc', 'title:asc'],
);

/** Every published article, newest first. */
export const fetchArticles = (source: ContentSource): Promise<Article[]> =>
  fetchAll(source, {
    typeName: 'article',
    connection: 'articles_connection',
    query: articlesQuery,
    schema: articleSchema,
  });
