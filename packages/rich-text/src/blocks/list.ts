import type { ListBlock } from '@guildhall/content/blocks';
import type { RenderContext } from '../context';
import { renderInline } from '../inline';

/**
 * The editor stores a nested list beside the item it belongs to; valid HTML
 * needs it inside that item, so it is appended to the preceding <li>.
 */
export function renderList(block: ListBlock, context: RenderContext, path: string): string {
  const tag = block.format === 'ordered' ? 'ol' : 'ul';
  const items: string[] = [];
  block.children.forEach((child, index) => {
    const childPath = `${path}.children[${index}]`;
    if (child.type === 'list') {
      const nested = renderList(child, context, childPath);
      const last = items.length - 1;
      if (last >= 0) items[last] = `${items[last]}${nested}`;
      else items.push(nested);
    } else {
      items.push(renderInline(child.children, context, childPath));
    }
  });
  return `<${tag}>${items.map((item) => `<li>${item}</li>`).join('')}</${tag}>`;
}
