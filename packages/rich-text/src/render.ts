import type { Block, Blocks } from '@guildhall/content/blocks';
import { renderCode } from './blocks/code';
import { renderHeading } from './blocks/heading';
import { renderImage } from './blocks/image';
import { renderList } from './blocks/list';
import { renderParagraph } from './blocks/paragraph';
import { renderQuote } from './blocks/quote';
import { describeLocation, type RenderContext, type RenderOptions } from './context';
import { RichTextError } from './errors';

type Renderers = {
  [Type in Block['type']]: (
    block: Extract<Block, { type: Type }>,
    context: RenderContext,
    path: string,
  ) => string;
};

const renderers: Renderers = {
  paragraph: renderParagraph,
  heading: renderHeading,
  list: renderList,
  quote: renderQuote,
  code: renderCode,
  image: renderImage,
};

function renderBlock(block: Block, context: RenderContext, path: string): string {
  const render = renderers[block.type] as
    | ((block: Block, context: RenderContext, path: string) => string)
    | undefined;
  if (!render) {
    throw new RichTextError(
      `Unknown rich-text block type "${String(block.type)}" in ${describeLocation(context, path)}`,
    );
  }
  return render(block, context, path);
}

/** Strapi blocks → semantic, escaped HTML. Throws RichTextError on anything it cannot show. */
export function renderBlocks(blocks: Blocks, options: RenderOptions = {}): string {
  const context: RenderContext = { options, takenIds: options.takenIds ?? new Set(['main']) };
  return blocks
    .map((block, index) => renderBlock(block, context, `[${index}]`))
    .filter(Boolean)
    .join('\n');
}
