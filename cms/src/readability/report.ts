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

/** Worst first: more blocking findings, then more strong warnings, then more advice. */
const worstFirst = (a: ReportEntry, b: ReportEntry): number => {
  for (const severity of SEVERITY_ORDER) {
    const difference = b.counts[severity] - a.counts[severity];
    if (difference !== 0) return difference;
  }
  return a.title.localeCompare(b.title);
};

export async function buildContentReport(strapi: Core.Strapi): Promise<ContentReport> {
  const target = readingAgeTarget();
  const entries: ReportEntry[] = [];
  let entriesChecked = 0;
  for (const type of reviewedTypes(strapi)) {
    const uid: UID.ContentType = type.uid;
    const published = await strapi.documents(uid).findMany({
      status: 'published',
      populate: mediaPopulate(strapi, type.attributes),
    });
    for (const entry of published) {
      entriesChecked += 1;
      const documentId = String(entry.documentId);
      const review = reviewEntry(entry, type, components(strapi), {
        readingAgeTarget: target,
      });
      if (review.findings.length === 0) continue;
      entries.push({
        contentType: type.info.displayName,
        uid,
        documentId,
        title: titleOf(entry, type),
        editPath: editPath(type, documentId),
        counts: countBySeverity(review.findings),
        level: review.level,
        findings: review.findings,
      });
    }
  }
  return {
    generatedAt: new Date().toISOString(),
    readingAgeTarget: target,
    entriesChecked,
    entries: entries.sort(worstFirst),
  };
}
