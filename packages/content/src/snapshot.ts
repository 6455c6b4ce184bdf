import { readFile } from 'node:fs/promises';
import { ContentSourceError } from './errors';
import type { SiteContent } from './site-content';

// The rebuild service reads the published content itself and hands the build a copy
// (the build's SITE_CONTENT_FILE), so it knows exactly what the live site was made from
// and can later redraw single pages from the same content.

/** The setting that points a site build at a snapshot instead of the CMS. */
export const CONTENT_SNAPSHOT_SETTING = 'SITE_CONTENT_FILE';

// The rebuild service keeps an entry it did not read again as the very same object from
// round to round, so an entry's bytes are kept with it: a round's snapshot encodes only the
// entries it read (ten thousand articles are tens of megabytes, most of a second to encode).
// Entries are read, never changed in place.
const encodedEntries = new WeakMap<object, Buffer>();

function encodedEntry(entry: unknown): Buffer {
  if (typeof entry !== 'object' || entry === null) return Buffer.from(JSON.stringify(entry));
  let encoded = encodedEntries.get(entry);
  if (!encoded) {
    encoded = Buffer.from(JSON.stringify(entry));
    encodedEntries.set(entry, encoded);
  }
  return encoded;
}

const COMMA = Buffer.from(',');

/**
 * A snapshot's bytes, in pieces to be written one after another (joining tens of megabytes
 * costs more than writing them): the JSON of `content`, as readContentSnapshot reads it.
 */
export function contentSnapshot(content: SiteContent): Buffer[] {
  const chunks: Buffer[] = [];
  const text = (value: string) => chunks.push(Buffer.from(value));
  const fields = Object.entries(content).filter(([, value]) => value !== undefined);
  for (const [field, [key, value]] of fields.entries()) {
    text(`${field ? ',' : '{'}${JSON.stringify(key)}:`);
    if (!Array.isArray(value)) {
      text(JSON.stringify(value));
      continue;
    }
    text('[');
    for (const [index, entry] of value.entries()) {
      if (index) chunks.push(COMMA);
      chunks.push(encodedEntry(entry));
    }
    text(']');
  }
  text(fields.length ? '}' : '{}');
  return chunks;
}

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
