import { z } from 'zod';
import { blocksSchema } from './blocks';
import { fetchAll } from './fetch-all';
import {
  authorRefFields,
  authorRefSchema,
  categoryRefFields,
  categoryRefSchema,
  connectionQuery,
  isoDateSchema,
  mediaFields,
  mediaSchema,
  seoFields,
  seoSchema,
  slugSchema,
  topicRefFields,
  topicRefSchema,
} from './shared';
import type { ContentSource } from './source';

export const articleSchema = z.object({
  documentId: z.string(),
  title: z.string().min(1),
  slug: slugSchema,
  summary: z.string().min(1).max(300),
  body: blocksSchema.min(1, 'is empty'),
  firstPublished: isoDateSchema,
  updatedAt: z.string(),
  author: authorRefSchema.nullable(),
  coverImage: mediaSchema.nullable(),
  topics: z.array(topicRefSchema),
  membershipCategories: z.array(categoryRefSchema),
  seo: seoSchema.nullable(),
});
export type Article = z.infer<typeof articleSchema>;

export const articlesQuery = connectionQuery(
  'Articles',
  'articles_connection',
  `title slug summary body firstPublished updatedAt
   author { ${authorRefFields} }
   coverImage { ${mediaFields} }
   topics { ${topicRefFields} }
   membershipCategories { ${categoryRefFields} }
   seo { ${seoFields} }`,
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
