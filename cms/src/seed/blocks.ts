import type { Block, InlineNode, LinkNode, ListBlock, TextNode } from '@guildhall/content/blocks';

// Small builders for Strapi "blocks" rich text, so demo content reads like prose
// rather than nested JSON. They produce exactly what the admin's editor stores, typed
// by the shapes the site's content client accepts.

type Inline = string | InlineNode;
type Marks = Omit<TextNode, 'type' | 'text'>;

const toInline = (node: Inline): InlineNode => (typeof node === 'string' ? text(node) : node);

export const text = (value: string, marks: Marks = {}): TextNode => ({ type: 'text', text: value, ...marks });
export const bold = (value: string): TextNode => text(value, { bold: true });
export const italic = (value: string): TextNode => text(value, { italic: true });
export const link = (url: string, label: string): LinkNode => ({
  type: 'link',
  url,
  children: [text(label)],
});
export const email = (address: string): LinkNode => link(`mailto:${address}`, address);

export const p = (...children: Inline[]): Block => ({ type: 'paragraph', children: children.map(toInline) });
export const h2 = (value: string): Block => ({ type: 'heading', level: 2, children: [text(value)] });
export const h3 = (value: string): Block => ({ type: 'heading', level: 3, children: [text(value)] });
export const quote = (...children: Inline[]): Block => ({ type: 'quote', children: children.map(toInline) });

/** A list item: a string, or an array of inline pieces for an item with links or emphasis. */
type ListEntry = Inline | Inline[] | ListBlock;

const list =
  (format: ListBlock['format']) =>
  (...entries: ListEntry[]): ListBlock =>
    withIndent(
      {
        type: 'list',
        format,
        indentLevel: 0,
        children: entries.map((entry) =>
          typeof entry === 'object' && !Array.isArray(entry) && entry.type === 'list'
            ? entry
            : { type: 'list-item', children: (Array.isArray(entry) ? entry : [entry]).map(toInline) },
        ),
      },
      0,
    );

const withIndent = (block: ListBlock, level: number): ListBlock => ({
  ...block,
  indentLevel: level,
  children: block.children.map((child) => (child.type === 'list' ? withIndent(child, level + 1) : child)),
});

/** Bulleted list; pass `ul(...)` or `ol(...)` as an entry to nest a list under the previous item. */
export const ul = list('unordered');
/** Numbered list; nests like `ul`. */
export const ol = list('ordered');
