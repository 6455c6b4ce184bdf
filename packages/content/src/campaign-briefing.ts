import { z } from 'zod';
import { blocksSchema } from './blocks';
import type { ContentType } from './content-type';
import { fetchAll, type ListOptions } from './fetch-all';
import { publicationFields, publicationShape, slugSchema } from './shared';
import type { ContentSource } from './source';

export const pointGroupSchema = z.object({
  heading: z.string().min(1),
  points: z.array(z.object({ text: z.string().min(1) })).min(1, 'has no points'),
});
export type PointGroup = z.infer<typeof pointGroupSchema>;

export const sourceReportSchema = z.object({
  title: z.string().min(1),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  quote: z.string().nullable(),
});
export type SourceReport = z.infer<typeof sourceReportSchema>;

export const campaignBriefingSchema = z.object({
  documentId: z.string(),
  title: z.string().min(1),
  slug: slugSchema,
  summary: z.string().min(1).max(300),
  context: blocksSchema.min(1, 'is empty'),
  sourceReport: sourceReportSchema.nullable(),
  recommendationsHeading: z.string().nullable(),
  recommendations: z.array(pointGroupSchema),
  callsToActionHeading: z.string().nullable(),
  callsToAction: z.array(pointGroupSchema),
  conclusion: blocksSchema.nullable(),
  ...publicationShape,
});
export type CampaignBriefing = z.infer<typeof campaignBriefingSchema>;

const pointGroupFields = 'heading points { text }';

export const campaignBriefingType: ContentType<CampaignBriefing> = {
  typeName: 'campaign briefing',
  single: 'campaignBriefing',
  connection: 'campaignBriefings_connection',
  filtersInput: 'CampaignBriefingFiltersInput',
  fields: `title slug summary context
   sourceReport { title publisher url quote }
   recommendationsHeading recommendations { ${pointGroupFields} }
   callsToActionHeading callsToAction { ${pointGroupFields} }
   conclusion
   ${publicationFields}`,
  sort: ['firstPublished:desc', 'title:asc'],
  schema: campaignBriefingSchema,
};

/** Published campaign briefings, newest first: all of them, or those the options select. */
export const fetchCampaignBriefings = (
  source: ContentSource,
  options?: ListOptions,
): Promise<CampaignBriefing[]> => fetchAll(source, campaignBriefingType, options);
