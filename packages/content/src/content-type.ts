import type { z } from 'zod';

/** Strapi's two versions of a document: what editors are working on, and what visitors see. */
export type PublicationStatus = 'DRAFT' | 'PUBLISHED';

/** How one collection type is read over GraphQL: its names, the fields the site uses and its schema. */
export interface ContentType<T> {
  /** As editors know it, e.g. "article"; used in error messages. */
  typeName: string;
  /** The single-document query field, e.g. "article". */
  single: string;
  /** The paged collection query field, e.g. "articles_connection". */
  connection: string;
  /** The GraphQL input type for filters, e.g. "ArticleFiltersInput". */
  filtersInput: string;
  /** The selection for one entry, without documentId. */
  fields: string;
  /** The order of a full listing, e.g. ["firstPublished:desc", "title:asc"]. */
  sort: string[];
  schema: z.ZodType<T, z.ZodTypeDef, unknown>;
}
