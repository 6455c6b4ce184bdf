import type { BlockImage } from '@guildhall/content/blocks';

export interface ResolvedImage {
  src: string;
  width?: number | null;
  height?: number | null;
  srcset?: string;
  sizes?: string;
}

export interface RenderOptions {
  /** Absolute site URL, e.g. "https://www.example.org"; links to other hosts are external. */
  siteUrl?: string;
  /** Maps a block image to what the page should use (the site optimises images at build time). */
  resolveImage?: (image: BlockImage) => ResolvedImage;
  /** Where the blocks come from, for error messages, e.g. 'article "pay-award" body'. */
  source?: string;
  /**
   * Ids already on the page. Heading ids avoid them and are added to the set, so
   * several rich-text fields on one page never repeat an id. Default: just "main".
   */
  takenIds?: Set<string>;
}

/** State shared by one render: options, and ids already used on the page. */
export interface RenderContext {
  options: RenderOptions;
  takenIds: Set<string>;
}

export const describeLocation = (context: RenderContext, path: string) =>
  context.options.source ? `${context.options.source} at ${path}` : path;
