import { excerpt, type Problem } from '../findings';

// Screen-reader users often move from link to link, hearing only the link text, so
// it has to say where it goes on its own.

/** Link text that says nothing at all about the destination: inaccessible. */
const meaningless = new Set([
  '',
  'here',
  'click here',
  'click',
  'click this',
  'click this link',
  'click on this link',
  'tap here',
  'press here',
  'go here',
  'this',
  'this link',
  'link',
  'link here',
]);

/** Link text that hints at an action but not at the destination: advice. */
const vague = new Set([
  'read more',
  'more',
  'learn more',
  'find out more',
  'more info',
  'more information',
  'more details',
  'details',
  'continue',
  'continue reading',
  'this page',
  'page',
  'website',
  'this website',
  'download',
  'info',
]);

/** "Click here!" → "click here"; the words a listener hears. */
export const normaliseLinkText = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

// "https://…", "www.…", or a domain with or without a path ("gov.uk", "example.org/pay");
// a top-level part of letters only, so "e.g" and "2.5" are not addresses.
const isBareAddress = (text: string) =>
  /^(https?:\/\/|www\.)\S+$/i.test(text.trim()) ||
  /^[\w-]+(\.[\w-]+)*\.[a-z]{2,}(\/\S*)?$/i.test(text.trim());

// "Click here to read the pay guidance": the destination is there, but a listener hears
// the instruction first, and every such link starts the same.
const startsWithInstruction = (words: string) => /^(click|tap|press) (here|this|on)\b/.test(words);

const fix = 'Write link text that says where the link goes, for example "read the 2025 pay guidance".';

export function checkLinkText(text: string): Problem[] {
  const words = normaliseLinkText(text);
  if (meaningless.has(words)) {
    return [
      {
        check: 'link-text',
        severity: 'blocks-publishing',
        text,
        problem: words ? 'the link text does not say where the link goes' : 'the link has no text',
        fix,
      },
    ];
  }
  if (vague.has(words)) {
    return [{ check: 'link-text', severity: 'warning', text, problem: 'the link text is vague', fix }];
  }
  if (startsWithInstruction(words)) {
    return [
      {
        check: 'link-text',
        severity: 'warning',
        text: excerpt(text),
        problem: 'the link text starts with an instruction to click',
        fix: 'Drop "click here" and start the link text with where it goes, for example "the 2025 pay guidance".',
      },
    ];
  }
  if (isBareAddress(text)) {
    return [
      {
        check: 'link-text',
        severity: 'warning',
        text: excerpt(text),
        problem: 'the link text is a bare web address, which screen readers spell out',
        fix: 'Use the name of the page or document as the link text instead.',
      },
    ];
  }
  return [];
}

/** Indexes of links whose text an earlier link already uses for a different address. */
export function sameTextDifferentPlaces(links: readonly { text: string; url: string }[]): number[] {
  const firstUrl = new Map<string, string>();
  const clashes: number[] = [];
  links.forEach(({ text, url }, index) => {
    const words = normaliseLinkText(text);
    if (!words) return;
    const seen = firstUrl.get(words);
    if (seen === undefined) firstUrl.set(words, url);
    else if (seen !== url) clashes.push(index);
  });
  return clashes;
}

export const sameTextProblem = (text: string): Problem => ({
  check: 'link-text-repeated',
  severity: 'warning',
  text,
  problem: 'another link with the same text goes somewhere else',
  fix: 'Give each link its own text, so readers can tell them apart.',
});
