import type { Core, Schema } from '@strapi/strapi';
import type { FieldPath } from '@guildhall/editorial';

export type Found =
  | { kind: 'url'; path: FieldPath; value: unknown }
  | { kind: 'blocks'; path: FieldPath; value: unknown }
  | { kind: 'media'; path: FieldPath; value: unknown }
  | { kind: 'required'; path: FieldPath; value: unknown }
  | { kind: 'slug'; path: FieldPath; value: unknown };

// Plain string attributes that hold a web address, by name, wherever they appear.
const urlAttributeNames = new Set(['url', 'joinUrl', 'link']);

// Loosely typed on purpose: with the generated types (types/generated), Schema.Attributes
// narrows to the known schemas, but this walker serves every type and component.
export type Attributes = Record<string, Schema.Attribute.AnyAttribute>;

const componentAttributes = (strapi: Core.Strapi, uid: string): Attributes => {
  const components: Record<string, Schema.Component | undefined> = Object.fromEntries(
    Object.entries(strapi.components),
  );
  return components[uid]?.attributes ?? {};
};

/** Walks entry data along its schema (into components) and yields the fields the rules check. */
export function* walkFields(
  strapi: Core.Strapi,
  data: unknown,
  attributes: Attributes,
  path: FieldPath = [],
): Generator<Found> {
  if (!data || typeof data !== 'object') return;
  for (const [name, value] of Object.entries(data)) {
    const attribute = attributes[name];
    if (!attribute || value === null || value === undefined) continue;
    const here = [...path, name];
    if ('required' in attribute && attribute.required) yield { kind: 'required', path: here, value };
    if (attribute.type === 'component') {
      const items = Array.isArray(value) ? value : [value];
      for (const [index, item] of items.entries()) {
        const nested = componentAttributes(strapi, attribute.component);
        yield* walkFields(strapi, item, nested, attribute.repeatable ? [...here, index] : here);
      }
    } else if (attribute.type === 'blocks') {
      yield { kind: 'blocks', path: here, value };
    } else if (attribute.type === 'media') {
      yield { kind: 'media', path: here, value };
    } else if (attribute.type === 'uid') {
      // Every uid field here is a page's slug: its part of the page's web address.
      yield { kind: 'slug', path: here, value };
    } else if (attribute.type === 'string' && urlAttributeNames.has(name)) {
      yield { kind: 'url', path: here, value };
    }
  }
}

/** A populate tree that loads every media field, including those inside components. */
export function mediaPopulate(strapi: Core.Strapi, attributes: Attributes): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.type === 'media') populate[name] = true;
    if (attribute.type === 'component') {
      const nested = mediaPopulate(strapi, componentAttributes(strapi, attribute.component));
      populate[name] = Object.keys(nested).length > 0 ? { populate: nested } : true;
    }
  }
  return populate;
}
