import type { QuoteBlock } from '@guildhall/content/blocks';
import type { RenderContext } from '../context';
import { renderInline } from '../inline';

export const renderQuote = (block: QuoteBlock, context: RenderContext, path: string): string =>
  `<blockquote><p>${renderInline(block.children, context, path)}</p></blockquote>`;
