import {
  articleType,
  campaignBriefingType,
  fetchDocument,
  fetchRedirects,
  type ContentSource,
  type ContentType,
  type SiteContent,
} from '@guildhall/content';
import type { SitePlan } from 'site/renderer';
import type { EntryChange, PlannedWork } from './changes';
import type { ImageReferences } from './image-references';

/** What the live build was made from: the content, the plan of its pages and files, the images they use. */
export interface PublishedSite {
  buildId: string;
  content: SiteContent;
  plan: SitePlan;
  images: ImageReferences;
}

/** An entry read again, before (as the previous round knew it) and after (as the CMS has it now). */
export interface EntryUpdate {
  model: string;
  documentId: string;
  before: { title: string } | null;
  after: { title: string } | null;
}

type EntryList = 'articles' | 'campaignBriefings';

const replaced = <T extends { documentId: string }>(
  entries: T[],
  documentId: string,
  after: T | null,
): T[] => [...entries.filter((entry) => entry.documentId !== documentId), ...(after ? [after] : [])];

async function readAgain<K extends EntryList>(
  source: ContentSource,
  content: SiteContent,
  list: K,
  type: ContentType<SiteContent[K][number]>,
  { model, documentId }: EntryChange,
): Promise<{ content: SiteContent; update: EntryUpdate }> {
  const entries = content[list] as SiteContent[K][number][];
  const before = entries.find((entry) => entry.documentId === documentId) ?? null;
  const after = await fetchDocument(source, type, documentId, 'PUBLISHED');
  return {
    content: { ...content, [list]: replaced(entries, documentId, after) },
    update: {
      model,
      documentId,
      before: before && { title: before.title },
      after: after && { title: after.title },
    },
  };
}

type ReadAgain = (
  source: ContentSource,
  content: SiteContent,
  change: EntryChange,
) => Promise<{ content: SiteContent; update: EntryUpdate }>;

// The content types a round can read one entry of, and where the site content keeps them.
const readers: Record<string, ReadAgain> = {
  article: (source, content, change) => readAgain(source, content, 'articles', articleType, change),
  'campaign-briefing': (source, content, change) =>
    readAgain(source, content, 'campaignBriefings', campaignBriefingType, change),
};

/** What a round reads again from the CMS: the entries events named, and the redirects when they changed. */
export type ChangesToRead = Pick<PlannedWork, 'entries' | 'redirects'>;

/**
 * The content with each changed entry read again from the CMS, published version only,
 * and the redirects too when they changed (a small list, read whole: the CMS names no
 * single redirect). An entry with no published version (unpublished, deleted) leaves
 * the content; what it linked to is known from the previous round's copy, as the
 * webhook body lacks relations.
 */
export async function withChangesReadAgain(
  source: ContentSource,
  content: SiteContent,
  changes: ChangesToRead,
): Promise<{ content: SiteContent; updates: EntryUpdate[] }> {
  let next = content;
  const updates: EntryUpdate[] = [];
  for (const change of changes.entries) {
    const read = readers[change.model];
    if (!read)
      throw new Error(
        `Cannot read a single ${change.model} entry (only ${Object.keys(readers).join(', ')}).`,
      );
    const { content: updated, update } = await read(source, next, change);
    next = updated;
    updates.push(update);
  }
  if (changes.redirects) next = { ...next, redirects: await fetchRedirects(source) };
  return { content: next, updates };
}
