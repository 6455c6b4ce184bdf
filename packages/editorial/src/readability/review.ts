import { fieldPathLabel, type FieldPath } from '../labels';
import { bySeverity, type Finding, type Problem } from './findings';
import { blockPassages, linksIn, inlineText, textPassages, type Passage } from './passages';
import { checkLinkText, sameTextDifferentPlaces, sameTextProblem } from './checks/links';
import { checkHeadingLevels, checkHeadingText } from './checks/headings';
import { checkAltText } from './checks/images';
import { checkBoldAsHeading, checkCapitals } from './checks/style';
import { checkParagraphLength, checkSentenceLength } from './checks/plain-english';
import {
  DEFAULT_READING_AGE_TARGET,
  checkReadingAge,
  readingLevel,
  type ReadingLevel,
} from './checks/reading-age';
import { checkSearchDescription } from './checks/description';
import { SCHEDULE_SYSTEM_FIELDS } from '../schedule';

// One review of a whole entry, from the content type's schema: the admin panel runs it
// on the form's values as the editor types, the CMS on publish and for the report.

/** The part of a Strapi schema the review reads (the admin's and the server's both fit). */
export interface SchemaAttributes {
  attributes: Record<string, { type: string; component?: string; repeatable?: boolean }>;
  options?: { draftAndPublish?: boolean };
}
export type ComponentSchemas = Record<string, SchemaAttributes | undefined>;

// Text the CMS writes itself, which editors cannot change.
const notWrittenByEditors = new Set(SCHEDULE_SYSTEM_FIELDS);

const editorsFields = (schema: SchemaAttributes) =>
  Object.entries(schema.attributes).filter(([name]) => !notWrittenByEditors.has(name));

/** Whether a content type has rich or long text that editors write, anywhere in its components. */
const hasWrittenText = (schema: SchemaAttributes, components: ComponentSchemas): boolean =>
  editorsFields(schema).some(
    ([, attribute]) =>
      attribute.type === 'blocks' ||
      attribute.type === 'text' ||
      (attribute.type === 'component' &&
        hasWrittenText(components[attribute.component ?? ''] ?? { attributes: {} }, components)),
  );

/**
 * The content types reviewed (in the edit view, on publishing, in the report): those that
 * are published to the site and have written text. A redirect's note is never published.
 */
export const isReviewedType = (schema: SchemaAttributes, components: ComponentSchemas): boolean =>
  schema.options?.draftAndPublish === true && hasWrittenText(schema, components);

export interface Review {
  findings: Finding[];
  level: ReadingLevel | null;
  target: number;
}

const at =
  (field: string, where: string | undefined) =>
  (problem: Problem): Finding => ({
    ...problem,
    field,
    ...(where ? { where } : {}),
  });

const proseKinds = new Set<Passage['kind']>(['paragraph', 'list item', 'quote']);

const linkProblems = (passage: Passage): Problem[] =>
  linksIn(passage).flatMap((link) => checkLinkText(inlineText(link.children)));

function passageProblems(passage: Passage): Problem[] {
  if (passage.kind === 'heading')
    return [...checkHeadingText(passage.text), ...linkProblems(passage), ...checkCapitals(passage.text)];
  if (passage.kind === 'image') {
    const image = passage.image;
    return checkAltText(image?.alternativeText, image?.name ?? image?.url.split('/').pop());
  }
  if (!proseKinds.has(passage.kind)) return [];
  return [
    ...linkProblems(passage),
    ...(passage.kind === 'paragraph' ? checkBoldAsHeading(passage.inline) : []),
    ...checkSentenceLength(passage.text),
    ...(passage.kind === 'paragraph' ? checkParagraphLength(passage.text) : []),
    ...checkCapitals(passage.text),
  ];
}

/** Findings within one rich-text field; publishing runs the blocking ones of these. */
export function reviewBlocks(value: unknown, field: string): Finding[] {
  const passages = blockPassages(value, field);
  const headings = passages.filter((passage) => passage.kind === 'heading');
  const levels = checkHeadingLevels(headings.map((heading) => heading.level ?? 2));
  return [
    ...passages.flatMap((passage) => passageProblems(passage).map(at(field, passage.where))),
    ...headings.flatMap((heading, index) => {
      const problem = levels[index];
      return problem ? [at(field, heading.where)(problem)] : [];
    }),
  ];
}

export function reviewText(value: string, field: string): Finding[] {
  return textPassages(value).flatMap((passage) => passageProblems(passage).map(at(field, passage.where)));
}

interface Located {
  kind: 'blocks' | 'text' | 'media';
  path: FieldPath;
  value: unknown;
}

function* fieldsOf(
  data: unknown,
  schema: SchemaAttributes,
  components: ComponentSchemas,
  path: FieldPath,
): Generator<Located> {
  if (!data || typeof data !== 'object') return;
  for (const [name, attribute] of editorsFields(schema)) {
    const value = (data as Record<string, unknown>)[name];
    if (value === null || value === undefined) continue;
    const here = [...path, name];
    if (attribute.type === 'blocks' || attribute.type === 'media')
      yield { kind: attribute.type, path: here, value };
    if (attribute.type === 'text' && typeof value === 'string') yield { kind: 'text', path: here, value };
    if (attribute.type === 'component' && attribute.component) {
      const nested = components[attribute.component];
      if (!nested) throw new Error(`${fieldPathLabel(here)}: unknown component "${attribute.component}"`);
      const items = Array.isArray(value) ? value : [value];
      for (const [index, item] of items.entries())
        yield* fieldsOf(item, nested, components, attribute.repeatable ? [...here, index] : here);
    }
  }
}

// Media fields hold file objects in the admin's form and in populated entries; a bare
// id (an unpopulated reference) says nothing about the file, so it is left to publishing.
const mediaFindings = (value: unknown, field: string): Finding[] =>
  (Array.isArray(value) ? value : [value])
    .filter(
      (file): file is { alternativeText?: string | null; name?: string } =>
        !!file && typeof file === 'object',
    )
    .flatMap((file) => checkAltText(file.alternativeText, file.name).map(at(field, undefined)));

function descriptionFindings(entry: Record<string, unknown>): Finding[] {
  const seo = entry.seo as { metaDescription?: unknown } | null | undefined;
  if (typeof seo?.metaDescription === 'string' && seo.metaDescription.trim())
    return checkSearchDescription(seo.metaDescription).map(
      at(fieldPathLabel(['seo', 'metaDescription']), undefined),
    );
  if (typeof entry.summary === 'string')
    return checkSearchDescription(entry.summary).map(at(fieldPathLabel(['summary']), undefined));
  return [];
}

// An entry that cannot be reviewed is shown as such (the panel says so, the report lists it
// as "could not be checked"), so whatever breaks, the reason names the field it broke in.
function inField(field: string, review: () => void): void {
  try {
    review();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (reason.startsWith(`${field}:`)) throw error;
    throw new Error(`${field}: ${reason}`, { cause: error });
  }
}

export interface ReviewOptions {
  readingAgeTarget?: number;
}

/** Every finding for an entry, worst first, and the reading level of its text as a whole. */
export function reviewEntry(
  entry: unknown,
  schema: SchemaAttributes,
  components: ComponentSchemas,
  { readingAgeTarget = DEFAULT_READING_AGE_TARGET }: ReviewOptions = {},
): Review {
  const findings: Finding[] = [];
  const prose: string[] = [];
  const links: { text: string; url: string; field: string; where?: string }[] = [];
  for (const found of fieldsOf(entry, schema, components, [])) {
    const field = fieldPathLabel(found.path);
    inField(field, () => {
      if (found.kind === 'media') findings.push(...mediaFindings(found.value, field));
      if (found.kind === 'text') {
        findings.push(...reviewText(found.value as string, field));
        prose.push(found.value as string);
      }
      if (found.kind === 'blocks') {
        findings.push(...reviewBlocks(found.value, field));
        for (const passage of blockPassages(found.value, field)) {
          if (proseKinds.has(passage.kind)) prose.push(passage.text);
          for (const link of linksIn(passage))
            links.push({ text: inlineText(link.children), url: link.url, field, where: passage.where });
        }
      }
    });
  }
  for (const index of sameTextDifferentPlaces(links)) {
    const link = links[index];
    if (link) findings.push(at(link.field, link.where)(sameTextProblem(link.text)));
  }
  if (entry && typeof entry === 'object')
    findings.push(...descriptionFindings(entry as Record<string, unknown>));
  const level = readingLevel(prose);
  findings.push(...checkReadingAge(level, readingAgeTarget).map(at('Whole entry', undefined)));
  return { findings: findings.sort(bySeverity), level, target: readingAgeTarget };
}
