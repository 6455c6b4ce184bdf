import { SLUG_PATTERN } from '@guildhall/paths';
import { z } from 'zod';

export const slugSchema = z
  .string()
  .regex(new RegExp(SLUG_PATTERN), 'must be lower-case words joined by hyphens');

/** "2021-05-10": the editorial date, not Strapi's publishedAt. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2021-05-10');

export const mediaSchema = z.object({
  url: z.string().min(1),
  alternativeText: z.string().trim().min(1, 'needs alternative text (set it in the Media Library)'),
  width: z.number().int().positive().nullable(),
  height: z.number().int().positive().nullable(),
  mime: z.string(),
});
export type Media = z.infer<typeof mediaSchema>;
export const mediaFields = 'url alternativeText width height mime';

export const seoSchema = z.object({
  metaTitle: z.string().max(70).nullable(),
  metaDescription: z.string().max(160).nullable(),
  shareImage: mediaSchema.nullable(),
  noIndex: z.boolean().nullable(),
});
export type Seo = z.infer<typeof seoSchema>;
export const seoFields = `metaTitle metaDescription noIndex shareImage { ${mediaFields} }`;

export const topicRefSchema = z.object({ slug: slugSchema, name: z.string().min(1) });
export type TopicRef = z.infer<typeof topicRefSchema>;
export const topicRefFields = 'slug name';

export const categoryRefSchema = z.object({ slug: slugSchema, name: z.string().min(1) });
export type CategoryRef = z.infer<typeof categoryRefSchema>;
export const categoryRefFields = 'slug name';

export const authorRefSchema = z.object({
  slug: slugSchema,
  name: z.string().min(1),
  role: z.string().nullable(),
});
export type AuthorRef = z.infer<typeof authorRefSchema>;
export const authorRefFields = 'slug name role';

/** What articles and briefings share: the editorial date, topics, audience and SEO. */
export const publicationShape = {
  firstPublished: isoDateSchema,
  updatedAt: z.string(),
  topics: z.array(topicRefSchema),
  membershipCategories: z.array(categoryRefSchema),
  seo: seoSchema.nullable(),
};
export const publicationFields = `firstPublished updatedAt
   topics { ${topicRefFields} }
   membershipCategories { ${categoryRefFields} }
   seo { ${seoFields} }`;
