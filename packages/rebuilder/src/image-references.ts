import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { addressesIn } from './page-check';

// Which pages use which optimised image files (/_astro/…). A page redrawn with another
// picture, or removed, can leave an image no page uses; a full build would not have it,
// so a redraw removes it too.

// Share images (og:image, twitter:image) are absolute, in a meta tag's content.
const IMAGE_FILE = /^(?:https?:\/\/[^/]+)?(\/_astro\/[^?#]+\.(?:avif|webp|png|jpe?g|gif|svg))$/i;
const META_CONTENT = /\scontent="([^"]*)"/g;

/** The optimised image files a page refers to, as paths. */
export const imagesIn = (html: string): string[] => [
  ...new Set(
    [...addressesIn(html), ...Array.from(html.matchAll(META_CONTENT), ([, value]) => value ?? '')].flatMap(
      (address) => IMAGE_FILE.exec(address)?.[1] ?? [],
    ),
  ),
];

export class ImageReferences {
  private constructor(private readonly byPage: ReadonlyMap<string, readonly string[]>) {}

  /** Reads every page of a site folder (keyed by its output path, e.g. "/news/a/"). */
  static async scan(siteDir: string): Promise<ImageReferences> {
    const byPage = new Map<string, string[]>();
    for (const file of await readdir(siteDir, { recursive: true })) {
      if (!file.endsWith('.html')) continue;
      const urlPath = `/${file.split(path.sep).join('/')}`.replace(/\/index\.html$/, '/');
      const images = imagesIn(await readFile(path.join(siteDir, file), 'utf8'));
      if (images.length) byPage.set(urlPath, images);
    }
    return new ImageReferences(byPage);
  }

  /**
   * The references after some pages were redrawn (their HTML) or removed (null), and the
   * image files no page uses any more. This object is left as it was.
   */
  after(changes: Map<string, string | null>): { references: ImageReferences; unused: string[] } {
    const byPage = new Map(this.byPage);
    const dropped = new Set<string>();
    for (const [page, html] of changes) {
      for (const image of byPage.get(page) ?? []) dropped.add(image);
      const images = html === null ? [] : imagesIn(html);
      if (images.length) byPage.set(page, images);
      else byPage.delete(page);
    }
    for (const images of byPage.values()) for (const image of images) dropped.delete(image);
    return { references: new ImageReferences(byPage), unused: [...dropped].sort() };
  }
}
