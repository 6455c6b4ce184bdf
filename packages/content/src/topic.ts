import { z } from 'zod';
import { fetchAll } from './fetch-all';
import { connectionQuery, slugSchema } from './shared';
import type { ContentSource } from './source';

export const topicSchema = z.object({
  documentId: z.string(),
  name: z.string().min(1),
  slug: slugSchema,
  description: z.string().nullable(),
  updatedAt: z.string(),
});
export type Topic = z.infer<typeof topicSchema>;

export const topicsQuery = connectionQuery('Topics', 'topics_connection', 'name slug description updatedAt', [
  'name:asc',
]);

/** Every published topic, by name. */
export const fetchTopics = (source: ContentSource): Promise<Topic[]> =>
  fetchAll(source, {
    typeName: 'topic',
    connection: 'topics_connection',
    query: topicsQuery,
    schema: topicSchema,
  });
