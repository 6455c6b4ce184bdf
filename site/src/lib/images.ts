import { getImage } from 'astro:assets';
import type { Media } from '@guildhall/content';
import { mediaUrl } from './content';

const WIDTHS = [480, 800, 1200];

/** Content-column images never display wider than the 48rem column. */
export const CONTENT_IMAGE_SIZES = '(min-width: 52rem) 48rem, 100vw';

/** Responsive widths no larger than the original, which would only waste bytes. */
export function responsiveWidths(original: number | null | undefined): number[] {
  if (!original) return WIDTHS;
  return [
    ...new Set([...WIDTHS.filter((width) => width < original), Math.min(original, Math.max(...WIDTHS))]),
  ];
}

/** Remote images need their size up front; when the CMS does not know it, Astro probes the file. */
export const dimensions = (image: { width?: number | null; height?: number | null }) =>
  image.width && image.height ? { width: image.width, height: image.height } : { inferSize: true as const };

/** At most `maxWidth` wide, keeping the original's proportions. */
export function scaledDimensions(image: { width?: number | null; height?: number | null }, maxWidth: number) {
  if (!image.width || !image.height) return { inferSize: true as const, width: maxWidth };
  const width = Math.min(maxWidth, image.width);
  return { width, height: Math.round((image.height * width) / image.width) };
}

/**
 * A 1200px JPEG on this site for social sites and search engines: they fetch it
 * themselves, so it must be absolute, public (the CMS may not be) and widely readable.
 */
export async function shareImageUrl(image: Media, site: URL): Promise<string> {
  const result = await getImage({
    src: mediaUrl(image.url),
    ...scaledDimensions(image, 1200),
    format: 'jpg',
  });
  return new URL(result.src, site).href;
}
