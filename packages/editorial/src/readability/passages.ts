import type { BlockImage, Blocks, InlineNode, LinkNode, ListBlock } from '@guildhall/content/blocks';

// Rich text (Strapi blocks) and plain long text as passages an editor can find:
// each heading, paragraph, list item, quote and picture, with where it is in words.

export type PassageKind = 'heading' | 'paragraph' | 'list item' | 'quote' | 'code' | 'image';

export interface Passage {
  kind: PassageKind;
  /** 'heading "Who can join"', 'paragraph 3 under "How to join"'; absent for a field of one paragraph. */
  where?: string;
  level?: number;
  inline: InlineNode[];
  text: string;
  /** Pictures in the admin's form also carry the file's name. */
  image?: BlockImage & { name?: string };
}

export const inlineText = (nodes: readonly InlineNode[]): string =>
  nodes.map((node) => (node.type === 'link' ? inlineText(node.children) : node.text)).join('');

export const linksIn = (passage: Passage): LinkNode[] =>
  passage.inline.filter((node): node is LinkNode => node.type === 'link');

interface Located {
  kind: PassageKind;
  level?: number;
  inline: InlineNode[];
  image?: Passage['image'];
}

function* flatten(blocks: Blocks, field: string): Generator<Located> {
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        yield { kind: 'heading', level: block.level, inline: block.children };
        break;
      case 'paragraph':
      case 'quote':
        yield { kind: block.type, inline: block.children };
        break;
      case 'list':
        yield* flattenList(block);
        break;
      case 'code':
        yield { kind: 'code', inline: block.children };
        break;
      case 'image':
        yield { kind: 'image', inline: block.children ?? [], image: block.image };
        break;
      default:
        throw new Error(
          `${field}: unknown rich-text block type "${String((block as { type?: unknown }).type)}"`,
        );
    }
  }
}

function* flattenList(list: ListBlock): Generator<Located> {
  for (const child of list.children) {
    if (child.type === 'list') yield* flattenList(child);
    else yield { kind: 'list item', inline: child.children };
  }
}

/** The passages of a rich-text field, numbered by kind and placed under their heading. */
export function blockPassages(value: unknown, field: string): Passage[] {
  if (!Array.isArray(value)) throw new Error(`${field}: rich text should be a list of blocks`);
  const counts = new Map<PassageKind, number>();
  let heading: string | undefined;
  return [...flatten(value as Blocks, field)].map((located) => {
    const text = located.kind === 'image' ? (located.image?.caption ?? '') : inlineText(located.inline);
    const number = (counts.get(located.kind) ?? 0) + 1;
    counts.set(located.kind, number);
    let where;
    if (located.kind === 'heading') {
      where = text.trim() ? `heading "${text.trim()}"` : `heading ${number}`;
      heading = text.trim() || heading;
    } else {
      where = `${located.kind} ${number}${heading ? ` under "${heading}"` : ''}`;
    }
    return { ...located, where, text };
  });
}

/** The paragraphs of a plain long-text field (separated by blank lines). */
export function textPassages(value: string): Passage[] {
  const paragraphs = value.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '');
  return paragraphs.map((text, index) => ({
    kind: 'paragraph',
    where: paragraphs.length > 1 ? `paragraph ${index + 1}` : undefined,
    inline: [{ type: 'text', text }],
    text,
  }));
}
