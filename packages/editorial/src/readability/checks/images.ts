import type { Problem } from '../findings';

const fileNamePattern =
  /^\S+\.(jpe?g|png|gif|webp|avif|svg|heic|tiff?|bmp)$|^(img|dsc|image|photo|pxl|screenshot)[-_ ]?\d+/i;
const redundantStart = /^(an? )?(image|picture|photo|photograph|graphic|icon) (of|showing)\b/i;
// Text that only says there is a picture ("Image", "a photo.", "Graphic"): a screen reader
// already says that, so, like a file name, it tells the listener nothing about what it shows.
const onlySaysPicture =
  /^(an? |the )?(image|img|picture|pic|photo|photograph|graphic|icon|illustration|banner|thumbnail|placeholder|alt|alt text|untitled)s?[.!]?$/i;

// Where an editor changes it, for a picture in a media field and in rich text alike (the
// CMS brings rich text's copy of it up to date when the entry is saved).
const whereToFix = 'in its "Alternative text" in the Media Library, then save this entry';

/** Alternative text tells people who cannot see a picture what it shows. */
export function checkAltText(alternativeText: string | null | undefined, name?: string): Problem[] {
  const alt = (alternativeText ?? '').trim();
  const picture = name ? `the picture "${name}"` : 'the picture';
  if (alt === '') {
    return [
      {
        check: 'alt-text-missing',
        severity: 'blocks-publishing',
        text: name ?? 'picture',
        problem: `${picture} has no alternative text`,
        fix: `Describe the picture for people who cannot see it, ${whereToFix}.`,
      },
    ];
  }
  if (fileNamePattern.test(alt) || (name !== undefined && alt === name)) {
    return [
      {
        check: 'alt-text-file-name',
        severity: 'warning',
        text: alt,
        problem: `the alternative text of ${picture} is a file name`,
        fix: `Describe what the picture shows in a short sentence, ${whereToFix}.`,
      },
    ];
  }
  if (onlySaysPicture.test(alt)) {
    return [
      {
        check: 'alt-text-meaningless',
        severity: 'warning',
        text: alt,
        problem: `the alternative text of ${picture} only says it is a picture`,
        fix: `Describe what the picture shows in a short sentence ("Two teachers talking in a classroom"), ${whereToFix}.`,
      },
    ];
  }
  if (redundantStart.test(alt)) {
    return [
      {
        check: 'alt-text-image-of',
        severity: 'warning',
        text: alt,
        problem: 'the alternative text starts by saying it is a picture; screen readers already say so',
        fix: `Start with what the picture shows ("Two teachers talking in a classroom"), ${whereToFix}.`,
      },
    ];
  }
  return [];
}
