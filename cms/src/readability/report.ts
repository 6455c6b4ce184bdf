import type { Core, Schema, UID } from '@strapi/strapi';
import {
  SEVERITY_ORDER,
  isReviewedType,
  reviewEntry,
  type ComponentSchemas,
  type Finding,
  type ReadingLevel,
  type Severity,
} from '@guildhall/editorial';
import { mediaPopulate } from '../validation/walk';
import { readingAgeTarget } from './settings';

// The site-wide list an editor cleans old content from: every published entry with
// findings, worst first. `pnpm content:report` prints it; the admin page shows it.

export interface ReportEntry {
  contentType: string;
  uid: string;
  documentId: string;
  title: string;
  /** The entry's edit view, relative to the CMS's address. */
  editPath: string;
  counts: Record<Severity, number>;
  level: ReadingLevel | null;
  findings: Finding[];
  /**
   * Why the entry could not be checked ("Body: unknown rich-text block type …"): one entry
   * the review cannot read is listed, first, rather than failing the whole report.
   */
  notChecked?: string;
}

export interface ContentReport {
  generatedAt: string;
  readingAgeTarget: number;
  entriesChecked: number;
  entries: ReportEntry[];
}

type ContentType = Schema.ContentType;

// Strapi's component map is an interface keyed by the generated UIDs; the review looks components up by any name.
const components = (strapi: Core.Strapi): ComponentSchemas =>
  Object.fromEntries(Object.entries(strapi.components));

/** The project's own published content types with text editors write. */
export const reviewedTypes = (strapi: Core.Strapi): ContentType[] =>
  Object.values(strapi.contentTypes).filter(
    (type) => type.uid.startsWith('api::') && isReviewedType(type, components(strapi)),
  );

const titleOf = (entry: Record<string, unknown>, type: ContentType): string =>
  String(entry.title ?? entry.name ?? entry.siteName ?? type.info.displayName);

const editPath = (type: ContentType, documentId: string) =>
  type.kind === 'singleType'
    ? `/admin/content-manager/single-types/${type.uid}`
    : `/admin/content-manager/collection-types/${type.uid}/${documentId}`;

const countBySeverity = (findings: Finding[]) =>
  Object.fromEntries(
    SEVERITY_ORDER.map((severity) => [severity, findings.filter((f) => f.severity === severity).length]),
  ) as Record<Severity, number>;

/** Worst first: entries that could not be checked, then more blocking findings, strong warnings, advice. */
const worstFirst = (a: ReportEntry, b: ReportEntry): number => {
  const unknown = Number(b.notChecked !== undefined) - Number(a.notChecked !== undefined);
  if (unknown !== 0) return unknown;
  for (const severity of SEVERITY_ORDER) {
    const difference = b.counts[severity] - a.counts[severity];
    if (difference !== 0) return difference;
  }
  return a.title.localeCompare(b.title);
};

// Entries are read a page at a time, so memory stays bounded however many there are
// (10,000 articles and more). Pages follow the id rather than an offset, so publishing
// while the report runs cannot shift a page and skip an entry; an entry published again
// meanwhile gets a new id, so a document already seen is passed over.
const PAGE_SIZE = 100;

async function* publishedEntries(strapi: Core.Strapi, type: ContentType, pageSize: number) {
  const uid: UID.ContentType = type.uid;
  const populate = mediaPopulate(strapi, type.attributes);
  const seen = new Set<string>();
  let after = 0;
  for (;;) {
    const page = await strapi.documents(uid).findMany({
      status: 'published',
      populate,
      filters: { id: { $gt: after } },
      sort: 'id:asc',
      limit: pageSize,
    });
    for (const entry of page) {
      if (seen.has(entry.documentId)) continue;
      seen.add(entry.documentId);
      yield entry as Record<string, unknown> & { documentId: string };
    }
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    after = last.id as number;
  }
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The entry's row in the report, or null when it has no findings. */
function rowFor(
  type: ContentType,
  entry: Record<string, unknown> & { documentId: string },
  schemas: ComponentSchemas,
  target: number,
): ReportEntry | null {
  const { documentId } = entry;
  const row = {
    contentType: type.info.displayName,
    uid: type.uid,
    documentId,
    title: titleOf(entry, type),
    editPath: editPath(type, documentId),
  };
  let review;
  try {
    review = reviewEntry(entry, type, schemas, { readingAgeTarget: target });
  } catch (error) {
    // The reason names the field (reviewEntry sees to that), so the editor knows where to look.
    return { ...row, counts: countBySeverity([]), level: null, findings: [], notChecked: reasonOf(error) };
  }
  if (review.findings.length === 0) return null;
  return { ...row, counts: countBySeverity(review.findings), level: review.level, findings: review.findings };
}

export interface ReportOptions {
  /** Entries read at a time (100 unless set). */
  pageSize?: number;
}

export async function buildContentReport(
  strapi: Core.Strapi,
  { pageSize = PAGE_SIZE }: ReportOptions = {},
): Promise<ContentReport> {
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new Error(`the report's page size should be a whole number of at least 1, not ${pageSize}`);
  const target = readingAgeTarget();
  const schemas = components(strapi);
  const entries: ReportEntry[] = [];
  let entriesChecked = 0;
  for (const type of reviewedTypes(strapi)) {
    for await (const entry of publishedEntries(strapi, type, pageSize)) {
      entriesChecked += 1;
      const row = rowFor(type, entry, schemas, target);
      if (row) entries.push(row);
    }
  }
  return {
    generatedAt: new Date().toISOString(),
    readingAgeTarget: target,
    entriesChecked,
    entries: entries.sort(worstFirst),
  };
}
