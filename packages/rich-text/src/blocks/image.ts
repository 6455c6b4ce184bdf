import type { ImageBlock } from '@guildhall/content/blocks';
import { describeLocation, type RenderContext } from '../context';
import { RichTextError } from '../errors';
import { escapeHtml } from '../escape';

const attribute = (name: string, value: string | number | null | undefined) =>
  value === null || value === undefined || value === '' ? '' : ` ${name}="${escapeHtml(String(value))}"`;

export function renderImage(block: ImageBlock, context: RenderContext, path: string): string {
  const { image } = block;
  const alt = image.alternativeText?.trim();
  if (!alt) {
    throw new RichTextError(
      `Image ${image.url} has no alternative text in ${describeLocation(context, path)}: add it in the CMS Media Library.`,
    );
  }
  const resolved = context.options.resolveImage?.(image) ?? {
    src: image.url,
    width: image.width,
    height: image.height,
  };
  const img =
    `<img${attribute('src', resolved.src)}${attribute('alt', alt)}${attribute('width', resolved.width)}` +
    `${attribute('height', resolved.height)}${attribute('srcset', resolved.srcset)}${attribute('sizes', resolved.sizes)}` +
    ' loading="lazy" decoding="async">';
  const caption = image.caption?.trim();
  return `<figure>${img}${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''}</figure>`;
}
