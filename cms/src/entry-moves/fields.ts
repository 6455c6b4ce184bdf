import type { Core, Schema, UID } from '@strapi/strapi';
import { fieldLabel, SCHEDULE_SYSTEM_FIELDS } from '@guildhall/editorial';
import type { EntryMove } from './types';

// Which fields of an entry go across when it moves to another type, read from the two
// schemas: a field goes across when both types have it under the same name and of the
// same kind (so a field added to both later moves too); the target's joined blocks field
// is filled from the source's; anything else is dropped, and the dialog says so.

type Attribute = Schema.Attribute.AnyAttribute;
type Attributes = Record<string, Attribute>;
export type Entry = Record<string, unknown>;

// Strapi's own bookkeeping, and what the CMS writes itself: never an editor's content.
const SYSTEM_FIELDS = new Set([
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
  ...SCHEDULE_SYSTEM_FIELDS,
]);

const kindOf = (attribute: Attribute): string => {
  const a = attribute as Attribute & Record<string, unknown>;
  return JSON.stringify([a.type, a.relation, a.target, a.component, a.repeatable, a.multiple]);
};

/** The fields of the source that go across under the same name. */
export function carriedFields(source: Attributes, target: Attributes, move: EntryMove): string[] {
  const joined = new Set<string>([move.joined.into, ...move.joined.from]);
  return Object.keys(source).filter(
    (name) =>
      !SYSTEM_FIELDS.has(name) &&
      !joined.has(name) &&
      target[name] !== undefined &&
      kindOf(source[name]!) === kindOf(target[name]!),
  );
}

/** Whether a value holds something an editor wrote: not empty text, blocks with no words, or `false`. */
export function hasContent(value: unknown): boolean {
  if (value === null || value === undefined || value === false) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(hasContent);
  if (typeof value === 'object')
    return Object.entries(value).some(([key, inner]) => key !== 'id' && key !== 'type' && hasContent(inner));
  return true;
}

/** Fields of the source with content that the move leaves behind, as the admin labels them. */
export function droppedFields(
  source: Attributes,
  target: Attributes,
  move: EntryMove,
  versions: Entry[],
): string[] {
  const kept = new Set([...carriedFields(source, target, move), ...move.joined.from]);
  return Object.keys(source)
    .filter((name) => !SYSTEM_FIELDS.has(name) && !kept.has(name))
    .filter((name) => versions.some((version) => hasContent(version[name])))
    .map(fieldLabel);
}

/** What to ask the Document Service for so that every field that might move comes back whole. */
export function populateFor(strapi: Core.Strapi, attributes: Attributes): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    if (SYSTEM_FIELDS.has(name)) continue;
    if (attribute.type === 'relation' || attribute.type === 'media') populate[name] = true;
    if (attribute.type === 'component') {
      const inner = populateFor(strapi, strapi.components[attribute.component as UID.Component].attributes);
      populate[name] = Object.keys(inner).length > 0 ? { populate: inner } : true;
    }
  }
  return populate;
}

const documentIdOf = (related: unknown) => ({ documentId: (related as { documentId: string }).documentId });
const fileId = (file: unknown) => (file as { id: number }).id;

/** One field's value as read, as the Document Service takes it when creating an entry. */
function asInput(strapi: Core.Strapi, where: string, attribute: Attribute, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  switch (attribute.type) {
    case 'relation':
      return { connect: (Array.isArray(value) ? value : [value]).map(documentIdOf) };
    case 'media':
      return Array.isArray(value) ? value.map(fileId) : fileId(value);
    case 'component': {
      const inner = strapi.components[attribute.component as UID.Component].attributes as Attributes;
      const one = (item: unknown) => componentInput(strapi, where, inner, item as Entry);
      return Array.isArray(value) ? value.map(one) : one(value);
    }
    case 'dynamiczone':
      throw new Error(`Moving an entry: ${where} is a dynamic zone, which a move cannot carry yet.`);
    default:
      return value;
  }
}

function componentInput(strapi: Core.Strapi, where: string, attributes: Attributes, item: Entry): Entry {
  return Object.fromEntries(
    Object.entries(attributes)
      .filter(([name]) => name !== 'id' && name in item)
      .map(([name, attribute]) => [name, asInput(strapi, `${where}.${name}`, attribute, item[name])]),
  );
}

// A field joined after another keeps the heading the site shows above it (e.g. "Conclusion").
const heading = (name: string) => ({
  type: 'heading',
  level: 2,
  children: [{ type: 'text', text: fieldLabel(name) }],
});

function joinedBlocks(move: EntryMove, version: Entry): unknown[] {
  const [first, ...later] = move.joined.from;
  const blocks = (name: string | undefined) => (name ? ((version[name] as unknown[] | null) ?? []) : []);
  return [
    ...blocks(first),
    ...later.flatMap((name) => (hasContent(blocks(name)) ? [heading(name), ...blocks(name)] : [])),
  ];
}

/** The data of a new entry of the target type holding one version (draft or published) of the source. */
export function targetData(
  strapi: Core.Strapi,
  source: Attributes,
  target: Attributes,
  move: EntryMove,
  version: Entry,
): Entry {
  const data: Entry = { [move.joined.into]: joinedBlocks(move, version) };
  for (const name of carriedFields(source, target, move))
    data[name] = asInput(strapi, name, target[name]!, version[name]);
  return data;
}
