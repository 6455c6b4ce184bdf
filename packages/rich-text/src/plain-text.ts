import type { Block, Blocks, ListBlock } from '@guildhall/content/blocks';
import { inlineText } from './inline';

const listText = (list: ListBlock): string =>
  list.children
    .map((child) => (child.type === 'list' ? listText(child) : inlineText(child.children)))
    .join('\n');

function blockText(block: Block): string {
  switch (block.type) {
    case 'list':
      return listText(block);
    case 'code':
      return block.children.map((child) => child.text).join('');
    case 'image':
      return block.image.caption ?? '';
    default:
      return inlineText(block.children);
  }
}

/** The visible words of some rich text: for descriptions, feeds and search. */
export const blocksToPlainText = (blocks: Blocks): string =>
  blocks
    .map(blockText)
    .map((text) => text.trim())
    .filter(Boolean)
    .join('\n\n');
