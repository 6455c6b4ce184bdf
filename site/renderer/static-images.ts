import path from 'node:path';
import { hashTransform, propsToFilename } from 'astro/assets/utils';
import { exists, replaceFile } from './files';

// A page drawn on demand points its images at Astro's image endpoint (/_image?href=…),
// which the published site must never use. While the rebuild service draws published
// pages, this stands in for the hook Astro's build installs: each image gets the file
// name a full build would give it (a hash of the transform), and is listed so the
// caller can write the file. Same transform, same name, same bytes.

// As in astro.config.ts: the default sharp service, files under build.assets.
const IMAGE_SERVICE = 'astro/assets/services/sharp';
const IMAGE_CONFIG = { service: { entrypoint: IMAGE_SERVICE, config: {} } };
const ASSETS_FOLDER = '_astro';

type Transform = Parameters<typeof hashTransform>[0];

interface ImageService {
  transform(
    input: Uint8Array,
    transform: Transform,
    config: typeof IMAGE_CONFIG,
  ): Promise<{ data: Uint8Array }>;
}

interface AstroAssetGlobals {
  addStaticImage?: (
    transform: Transform,
    propertiesToHash: string[],
    originalPath: string | undefined,
  ) => string;
  imageService?: ImageService;
}

const astroAsset = () => {
  const global = globalThis as { astroAsset?: AstroAssetGlobals };
  global.astroAsset ??= {};
  return global.astroAsset;
};

/** An image file a published page refers to: its URL path and how it is made. */
export interface StaticImage {
  /** e.g. "/_astro/cover_Z1abcd.webp" */
  file: string;
  transform: Transform;
}

/** Runs `draw` with images given their static files' names; resolves to its result and the images used. */
export async function withStaticImages<T>(
  draw: () => Promise<T>,
): Promise<{ result: T; images: StaticImage[] }> {
  const images = new Map<string, StaticImage>();
  const assets = astroAsset();
  assets.addStaticImage = (transform, propertiesToHash) => {
    if (typeof transform.src !== 'string')
      throw new Error('Only remote images (CMS uploads) can be drawn on demand for the published site.');
    const hash = hashTransform(transform, IMAGE_SERVICE, propertiesToHash);
    const file = encodeURI(`/${ASSETS_FOLDER}${propsToFilename(transform.src, transform, hash)}`);
    images.set(file, { file, transform });
    return file;
  };
  try {
    return { result: await draw(), images: [...images.values()] };
  } finally {
    delete assets.addStaticImage;
  }
}

/** Writes the image files `siteDir` lacks (those it has are the same bytes); returns the files written. */
export async function writeStaticImages(siteDir: string, images: StaticImage[]): Promise<string[]> {
  const written: string[] = [];
  for (const { file, transform } of images) {
    const target = path.join(siteDir, decodeURI(file));
    if (await exists(target)) continue;
    const service = astroAsset().imageService;
    if (!service)
      throw new Error("The site's image service is not loaded: draw a page before writing its images.");
    const source = String(transform.src);
    const response = await fetch(source);
    if (!response.ok) throw new Error(`Could not fetch the image ${source} (HTTP ${response.status}).`);
    const original = new Uint8Array(await response.arrayBuffer());
    const { data } = await service.transform(original, { ...transform, src: source }, IMAGE_CONFIG);
    await replaceFile(target, data);
    written.push(file);
  }
  return written;
}
