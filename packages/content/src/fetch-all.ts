import { z } from 'zod';
import type { ContentType, PublicationStatus } from './content-type';
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

const problemsOf = (typeName: string, entry: unknown, error: z.ZodError) =>
  error.issues.map(
    (issue) =>
      `${describeEntry(typeName, (entry ?? {}) as RawEntry)}: ${fieldPath(issue.path) || '(entry)'}: ${issue.message}`,
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
    else problems.push(...problemsOf(typeName, entry, result.error));
  }
  if (problems.length > 0) throw new ContentValidationError(problems);
  return parsed;
}

/** Parses one entry, or fails with one line per problem. */
export function parseEntry<T>(
  typeName: string,
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  entry: unknown,
): T {
  const result = schema.safeParse(entry);
  if (!result.success) throw new ContentValidationError(problemsOf(typeName, entry, result.error));
  return result.data;
}

export interface ListOptions {
  /** A GraphQL filter for the type, e.g. `{ topics: { documentId: { eq: "…" } } }`. */
  filters?: Record<string, unknown>;
  /** Only the first entries, in the type's order (one request, no completeness check). */
  limit?: number;
}

const listQuery = (type: ContentType<unknown>) => `
  query ${type.connection}($page: Int!, $pageSize: Int!, $filters: ${type.filtersInput}) {
    ${type.connection}(status: PUBLISHED, filters: $filters, pagination: { page: $page, pageSize: $pageSize }, sort: ${JSON.stringify(type.sort)}) {
      nodes { documentId ${type.fields} }
      pageInfo { total page pageSize pageCount }
    }
  }`;

/**
 * Published entries of a collection, page by page, checked against the CMS's own total:
 * all of them, those matching `filters`, or only the first `limit`.
 */
export async function fetchAll<T>(
  source: ContentSource,
  type: ContentType<T>,
  { filters, limit }: ListOptions = {},
): Promise<T[]> {
  const query = listQuery(type);
  const pageSize = limit === undefined ? PAGE_SIZE : Math.min(limit, PAGE_SIZE);
  const entries: unknown[] = [];
  let total = 0;
  for (let page = 1; ; page += 1) {
    const data = await source.request<Record<string, { nodes: unknown[]; pageInfo: unknown }>>(
      `the ${type.typeName} query (page ${page})`,
      query,
      { page, pageSize, filters: filters ?? null },
    );
    const connection = data[type.connection];
    if (!connection)
      throw new ContentSourceError(`The CMS returned no ${type.connection} for the ${type.typeName} query.`);
    const pageInfo = pageInfoSchema.parse(connection.pageInfo);
    entries.push(...connection.nodes);
    total = pageInfo.total;
    if (limit !== undefined && entries.length >= limit)
      return parseEntries(type.typeName, type.schema, entries.slice(0, limit));
    if (connection.nodes.length === 0 || page >= pageInfo.pageCount) break;
  }

  const unique = new Set(entries.map((entry) => (entry as RawEntry).documentId));
  if (entries.length !== total || unique.size !== total) {
    throw new ContentSourceError(
      `Fetched ${entries.length} ${type.typeName} entries (${unique.size} distinct) but the CMS reports ${total}. ` +
        "Content may have changed during the build, or the CMS caps pages below the client's page size; build again.",
    );
  }
  return parseEntries(type.typeName, type.schema, entries);
}

/** One document in the given status, or null when it has no such version (never published, deleted). */
export async function fetchDocument<T>(
  source: ContentSource,
  type: ContentType<T>,
  documentId: string,
  status: PublicationStatus,
): Promise<T | null> {
  const query = `
    query ${type.single}($documentId: ID!, $status: PublicationStatus) {
      ${type.single}(documentId: $documentId, status: $status) { documentId ${type.fields} }
    }`;
  const data = await source.request<Record<string, unknown>>(
    `the ${type.typeName} ${documentId} query (${status.toLowerCase()})`,
    query,
    { documentId, status },
  );
  const entry = data[type.single];
  return entry === null || entry === undefined ? null : parseEntry(type.typeName, type.schema, entry);
}
