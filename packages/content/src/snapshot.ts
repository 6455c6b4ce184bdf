import { readFile } from 'node:fs/promises';
import { ContentSourceError } from './errors';
import type { SiteContent } from './site-content';

// The rebuild service reads the published content itself and hands the build a copy
// (the build's SITE_CONTENT_FILE), so it knows exactly what the live site was made from
// and can later redraw single pages from the same content.

/** The setting that points a site build at a snapshot instead of the CMS. */
export const CONTENT_SNAPSHOT_SETTING = 'SITE_CONTENT_FILE';

/** A snapshot's text, as readContentSnapshot reads it. */
export const contentSnapshotText = (content: SiteContent): string => JSON.stringify(content);

export async function readContentSnapshot(file: string): Promise<SiteContent> {
  const text = await readFile(file, 'utf8').catch((error: Error) => {
    throw new ContentSourceError(
      `Cannot read the content snapshot ${file} (${CONTENT_SNAPSHOT_SETTING}): ${error.message}`,
    );
  });
  let content: Partial<SiteContent> | null;
  try {
    content = JSON.parse(text) as Partial<SiteContent> | null;
  } catch (error) {
    throw new ContentSourceError(
      `The content snapshot ${file} is not valid JSON: ${(error as Error).message}`,
    );
  }
  const missing = (
    [
      'siteSetting',
      'membershipCategories',
      'articles',
      'campaignBriefings',
      'topics',
      'authors',
      'redirects',
    ] as const
  ).filter((key) => !content || content[key] === undefined);
  if (missing.length)
    throw new ContentSourceError(
      `The content snapshot ${file} lacks ${missing.join(', ')}; it was not written by this version.`,
    );
  return content as SiteContent;
}
