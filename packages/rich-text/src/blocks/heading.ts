import type { HeadingBlock } from '@guildhall/content/blocks';
import type { RenderContext } from '../context';
import { inlineText, renderInline } from '../inline';

const slugify = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'section';

function uniqueId(text: string, context: RenderContext): string {
  const base = slugify(text);
  let id = base;
  for (let count = 2; context.takenIds.has(id); count += 1) id = `${base}-${count}`;
  context.takenIds.add(id);
  return id;
}

/** The page owns the only <h1>, so a level-1 heading in the body becomes an <h2>. */
export function renderHeading(block: HeadingBlock, context: RenderContext, path: string): string {
  const level = Math.max(block.level, 2);
  const id = uniqueId(inlineText(block.children), context);
  return `<h${level} id="${id}">${renderInline(block.children, context, path)}</h${level}>`;
}
