import { z } from 'zod';
import { blocksSchema } from './blocks';
import type { ContentType } from './content-type';
import { fetchAll } from './fetch-all';
import { seoFields, seoSchema, slugSchema, topicRefFields, topicRefSchema } from './shared';
import type { ContentSource } from './source';

export const joinContactSchema = z.object({
  phone: z.string().nullable(),
  email: z.string().nullable(),
  enquiriesEmail: z.string().nullable(),
  joinUrl: z.string().nullable(),
  note: z.string().nullable(),
});
export type JoinContact = z.infer<typeof joinContactSchema>;

export const membershipCategorySchema = z.object({
  documentId: z.string(),
  name: z.string().min(1),
  slug: slugSchema,
  strapline: z.string().min(1).max(160),
  introduction: blocksSchema.min(1, 'is empty'),
  eligibility: blocksSchema.min(1, 'is empty'),
  eligibleRoles: z.array(z.object({ name: z.string().min(1), description: z.string().nullable() })),
  join: joinContactSchema,
  helpAreas: z.array(
    z.object({ title: z.string().min(1), description: z.string().nullable(), link: z.string().nullable() }),
  ),
  updatedAt: z.string(),
  topics: z.array(topicRefSchema),
  seo: seoSchema.nullable(),
});
export type MembershipCategory = z.infer<typeof membershipCategorySchema>;

export const membershipCategoryType: ContentType<MembershipCategory> = {
  typeName: 'membership category',
  single: 'membershipCategory',
  connection: 'membershipCategories_connection',
  filtersInput: 'MembershipCategoryFiltersInput',
  fields: `name slug strapline introduction eligibility updatedAt
   eligibleRoles { name description }
   join { phone email enquiriesEmail joinUrl note }
   helpAreas { title description link }
   topics { ${topicRefFields} }
   seo { ${seoFields} }`,
  sort: ['name:asc'],
  schema: membershipCategorySchema,
};

/** Every published membership category, by name. */
export const fetchMembershipCategories = (source: ContentSource): Promise<MembershipCategory[]> =>
  fetchAll(source, membershipCategoryType);
