import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN, isSlug } from './index';

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../cms/src/api');

interface Attribute {
  type?: string;
  regex?: string;
}

/** Every uid field in the CMS's content types, as "type.field" → its attribute. */
function uidFields(): Record<string, Attribute> {
  const found: Record<string, Attribute> = {};
  for (const api of readdirSync(apiDir)) {
    const typesDir = path.join(apiDir, api, 'content-types');
    let types: string[];
    try {
      types = readdirSync(typesDir);
    } catch {
      continue; // an API with routes only (schedule, live site)
    }
    for (const type of types) {
      const schema = JSON.parse(readFileSync(path.join(typesDir, type, 'schema.json'), 'utf8')) as {
        attributes: Record<string, Attribute>;
      };
      for (const [name, attribute] of Object.entries(schema.attributes))
        if (attribute.type === 'uid') found[`${type}.${name}`] = attribute;
    }
  }
  return found;
}

describe('slugs', () => {
  it.each(['pay-deal', 'pay-award-2025', 'send', '2026'])('accepts %j', (slug) => {
    expect(isSlug(slug)).toBe(true);
  });

  it.each(['Pay-Deal', 'pay--deal', '-pay', 'pay-', 'pay_deal', 'pay deal', 'café', ''])(
    'refuses %j',
    (slug) => {
      expect(isSlug(slug)).toBe(false);
    },
  );

  it('is the rule every slug field in the CMS states, so the admin refuses the same slugs', () => {
    const fields = uidFields();
    expect(Object.keys(fields)).toContain('article.slug');
    for (const [field, attribute] of Object.entries(fields))
      expect({ field, regex: attribute.regex }).toEqual({ field, regex: SLUG_PATTERN });
  });
});
