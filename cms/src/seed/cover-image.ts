import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { Core } from '@strapi/strapi';
import type { CoverImageSeed } from './types';

interface UploadedFile {
  id: number;
}

const escapeXml = (value: string) => value.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);

// A plain picture drawn from the caption: the demo needs one real image that goes
// through the CMS's upload pipeline (resizing, formats), not a stock photo.
function coverSvg(caption: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
  <rect width="1600" height="900" fill="#12355b"/>
  <circle cx="1350" cy="180" r="260" fill="#1f5c99"/>
  <rect x="120" y="600" width="520" height="16" rx="8" fill="#f2c14e"/>
  <text x="120" y="520" font-family="DejaVu Sans, Arial, sans-serif" font-size="96" font-weight="700" fill="#ffffff">${escapeXml(caption)}</text>
</svg>`;
}

/** Uploads the cover picture once; later runs reuse the file with the same name. */
export async function uploadCoverImage(
  strapi: Core.Strapi,
  slug: string,
  cover: CoverImageSeed,
): Promise<number> {
  const name = `${slug}-cover.png`;
  const existing = (await strapi.db
    .query('plugin::upload.file')
    .findOne({ where: { name } })) as UploadedFile | null;
  if (existing) return existing.id;

  const folder = await mkdtemp(path.join(tmpdir(), 'seed-cover-'));
  try {
    const filepath = path.join(folder, name);
    await writeFile(
      filepath,
      await sharp(Buffer.from(coverSvg(cover.caption)))
        .png()
        .toBuffer(),
    );
    const [uploaded] = (await strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name, alternativeText: cover.alternativeText, caption: cover.caption } },
        files: { filepath, originalFilename: name, mimetype: 'image/png', size: (await stat(filepath)).size },
      })) as UploadedFile[];
    if (!uploaded) throw new Error(`seed: uploading ${name} returned nothing`);
    return uploaded.id;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
