import { z } from 'zod';
import type { ContentType } from './content-type';
import { fetchAll } from './fetch-all';
import { slugSchema } from './shared';
import type { ContentSource } from './source';

export const topicSchema = z.object({
  documentId: z.string(),
  name: z.string().min(1),
  slug: slugSchema,
  description: z.string().nullable(),
  updatedAt: z.string(),
});
export type Topic = z.infer<typeof topicSchema>;

export const topicType: ContentType<Topic> = {
  typeName: 'topic',
  single: 'topic',
  connection: 'topics_connection',
  filtersInput: 'TopicFiltersInput',
  fields: 'name slug description updatedAt',
  sort: ['name:asc'],
  schema: topicSchema,
};

/** Every published topic, by name. */
export const fetchTopics = (source: ContentSource): Promise<Topic[]> => fetchAll(source, topicType);
