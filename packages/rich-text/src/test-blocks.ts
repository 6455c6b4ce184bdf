import type { Block, InlineNode, ListBlock, TextNode } from '@guildhall/content/blocks';

// Tiny builders for the unit tests.
export const t = (text: string, marks: Omit<TextNode, 'type' | 'text'> = {}): TextNode => ({
  type: 'text',
  text,
  ...marks,
});
export const p = (...children: InlineNode[]): Block => ({ type: 'paragraph', children });
export const a = (url: string, label: string): InlineNode => ({ type: 'link', url, children: [t(label)] });
export const li = (text: string) => ({ type: 'list-item' as const, children: [t(text)] });
export const list = (format: ListBlock['format'], ...children: ListBlock['children']): ListBlock => ({
  type: 'list',
  format,
  children,
});
