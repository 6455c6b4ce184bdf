import { z } from 'zod';
import { ContentSourceError, ContentValidationError } from './errors';
import type { ContentSource } from './source';

/** The CMS's maxLimit: the largest page it serves. Larger pages are cut, not refused. */
export const PAGE_SIZE = 100;

const pageInfoSchema = z.object({
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  pageCount: z.number(),
});

interface Collection<T> {
  /** As editors know it, e.g. "article"; used in error messages. */
  typeName: string;
  /** The `*_connection` field, e.g. "articles_connection". */
  connection: string;
  /** A query taking $page and $pageSize, selecting `nodes { … }` and `pageInfo { total page pageSize pageCount }`. */
  query: string;
  schema: z.ZodType<T, z.ZodTypeDef, unknown>;
}

interface RawEntry {
  documentId?: unknown;
  slug?: unknown;
}

const describeEntry = (typeName: string, entry: RawEntry) =>
  `${typeName} "${typeof entry.slug === 'string' ? entry.slug : '(no slug)'}" (documentId ${String(entry.documentId ?? 'unknown')})`;

const fieldPath = (path: (string | number)[]) =>
  path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    '',
  );

/** Parses every entry, collecting one line per problem across all of them before failing. */
export function parseEntries<T>(
  typeName: string,
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  entries: unknown[],
): T[] {
  const problems: string[] = [];
  const parsed: T[] = [];
  for (const entry of entries) {
    const result = schema.safeParse(entry);
    if (result.success) parsed.push(result.data);
    else {
      for (const issue of result.error.issues) {
        problems.push(
          `${describeEntry(typeName, (entry ?? {}) as RawEntry)}: ${fieldPath(issue.path) || '(entry)'}: ${issue.message}`,
        );
      }
    }
  }
  if (problems.length > 0) throw new ContentValidationError(problems);
  return parsed;
}

/** Every published entry of a collection, page by page, checked against the CMS's own total. */
export async function fetchAll<T>(source: ContentSource, collection: Collection<T>): Promise<T[]> {
  const entries: unknown[] = [];
  let total = 0;
  for (let page = 1; ; page += 1) {
    const data = await source.request<Record<string, { nodes: unknown[]; pageInfo: unknown }>>(
      `the ${collection.typeName} query (page ${page})`,
      collection.query,
      { page, pageSize: PAGE_SIZE },
    );
    const connection = data[collection.connection];
    if (!connection)
      throw new ContentSourceError(
        `The CMS returned no ${collection.connection} for the ${collection.typeName} query.`,
      );
    const pageInfo = pageInfoSchema.parse(connection.pageInfo);
    entries.push(...connection.nodes);
    total = pageInfo.total;
    if (connection.nodes.length === 0 || page >= pageInfo.pageCount) break;
  }

  const unique = new Set(entries.map((entry) => (entry as RawEntry).documentId));
  if (entries.length !== total || unique.size !== total) {
    throw new ContentSourceError(
      `Fetched ${entries.length} ${collection.typeName} entries (${unique.size} distinct) but the CMS reports ${total}. ` +
        "Content may have changed during the build, or the CMS caps pages below the client's page size; build again.",
    );
  }
  return parseEntries(collection.typeName, collection.schema, entries);
}
