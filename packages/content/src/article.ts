import { z } from 'zod';
import { blocksSchema } from './blocks';
import type { ContentType } from './content-type';
import { fetchAll, type ListOptions } from './fetch-all';
import {
  authorRefFields,
  authorRefSchema,
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

export const articleType: ContentType<Article> = {
  typeName: 'article',
  single: 'article',
  connection: 'articles_connection',
  filtersInput: 'ArticleFiltersInput',
  fields: `title slug summary body
   author { ${authorRefFields} }
   coverImage { ${mediaFields} }
   ${publicationFields}`,
  sort: ['firstPublished:desc', 'title:asc'],
  schema: articleSchema,
};

/** Published articles, newest first: all of them, or those the options select. */
export const fetchArticles = (source: ContentSource, options?: ListOptions): Promise<Article[]> =>
  fetchAll(source, articleType, options);
