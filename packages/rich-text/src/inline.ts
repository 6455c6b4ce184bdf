import type { InlineNode, LinkNode, TextNode } from '@guildhall/content/blocks';
import { describeLocation, type RenderContext } from './context';
import { RichTextError } from './errors';
import { escapeHtml } from './escape';
import { classifyLink } from '@guildhall/editorial';

// Outermost first, so combined marks always nest the same way.
const marks: [keyof TextNode, string][] = [
  ['bold', 'strong'],
  ['italic', 'em'],
  ['underline', 'u'],
  ['strikethrough', 's'],
  ['code', 'code'],
];

export function renderText(node: TextNode): string {
  let html = escapeHtml(node.text).replace(/\n/g, '<br>');
  for (const [mark, tag] of [...marks].reverse()) {
    if (node[mark]) html = `<${tag}>${html}</${tag}>`;
  }
  return html;
}

const EXTERNAL_MARKER = '<span class="sr-only"> (external site)</span>';

export function renderLink(node: LinkNode, context: RenderContext): string {
  const label = node.children.map(renderText).join('');
  const kind = classifyLink(node.url, context.options.siteUrl);
  if (!kind) return label;
  const href = escapeHtml(node.url.trim());
  if (kind === 'external')
    return `<a href="${href}" rel="external noopener noreferrer">${label}${EXTERNAL_MARKER}</a>`;
  return `<a href="${href}">${label}</a>`;
}

export function renderInline(nodes: InlineNode[], context: RenderContext, path: string): string {
  return nodes
    .map((node, index) => {
      if (node.type === 'text') return renderText(node);
      if (node.type === 'link') return renderLink(node, context);
      const unknown = (node as { type?: unknown }).type;
      throw new RichTextError(
        `Unknown inline rich-text node "${String(unknown)}" in ${describeLocation(context, `${path}.children[${index}]`)}`,
      );
    })
    .join('');
}

export const inlineText = (nodes: InlineNode[]): string =>
  nodes
    .map((node) => (node.type === 'text' ? node.text : node.children.map((child) => child.text).join('')))
    .join('');
