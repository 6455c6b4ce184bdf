import type { ParagraphBlock } from '@guildhall/content/blocks';
import type { RenderContext } from '../context';
import { inlineText, renderInline } from '../inline';

// The editor leaves empty paragraphs between blocks; they carry nothing to show.
export const renderParagraph = (block: ParagraphBlock, context: RenderContext, path: string): string =>
  inlineText(block.children).trim() === '' ? '' : `<p>${renderInline(block.children, context, path)}</p>`;
