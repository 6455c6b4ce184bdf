import type { Core } from '@strapi/strapi';
import { walkFields, type Attributes } from './walk';

// The rich-text editor stores a copy of a picture's details when the picture is inserted,
// with its file name as the alternative text if the Media Library had none, and offers no
// way to edit that copy. So on every save the copy takes the alternative text the Media
// Library has now: an editor who describes the picture there and saves the entry fixes
// the page too. A picture with no alternative text in the library keeps its copy.

interface PictureBlock {
  type: 'image';
  image: { hash?: unknown; alternativeText?: unknown };
}

const isPicture = (block: unknown): block is PictureBlock =>
  !!block &&
  typeof block === 'object' &&
  (block as { type?: unknown }).type === 'image' &&
  typeof (block as { image?: unknown }).image === 'object' &&
  (block as { image?: unknown }).image !== null;

/** Brings the alternative text of every picture in the rich text of `data` up to date, in place. */
export async function refreshRichTextPictures(
  strapi: Core.Strapi,
  data: unknown,
  attributes: Attributes,
): Promise<void> {
  for (const found of walkFields(strapi, data, attributes)) {
    if (found.kind !== 'blocks' || !Array.isArray(found.value)) continue;
    for (const block of found.value.filter(isPicture)) {
      if (typeof block.image.hash !== 'string') continue;
      const file = (await strapi.db.query('plugin::upload.file').findOne({
        where: { hash: block.image.hash },
        select: ['alternativeText'],
      })) as { alternativeText: string | null } | null;
      const described = file?.alternativeText?.trim();
      if (described) block.image.alternativeText = described;
    }
  }
}
