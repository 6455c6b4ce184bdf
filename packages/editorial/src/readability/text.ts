// Counting words, sentences and syllables the way a reader meets them: "3.5%",
// "£1,000", "e.g.", "U.K." and "Dr." do not end a sentence; a line break or a list item does.

const wordPattern = /[\p{L}\p{N}]/u;

/** The words of some text: anything with a letter or a digit in it ("£1,000" is one word). */
export const words = (text: string): string[] => text.split(/\s+/).filter((token) => wordPattern.test(token));

// Words after which a full stop never ends a sentence, because a name or number follows.
const neverEndsSentence = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'st',
  'no',
  'nos',
  'cllr',
  'rev',
  'sr',
  'jr',
  'vs',
  'v',
  'approx',
  'eg',
  'ie',
  'cf',
  'fig',
  'ref',
  'para',
  'paras',
  'sec',
  'ch',
  'vol',
  'pp',
  'p',
]);

const closers = /["'”’)\]]+$/;
const openers = /^["'“‘([]+/;

function endsSentence(word: string, next: string | undefined): boolean {
  const bare = word.replace(closers, '');
  if (!/[.!?…]$/.test(bare)) return false;
  if (next === undefined) return true;
  if (/[!?…]$/.test(bare)) return true;
  const stem = bare.replace(/\.$/, '').replace(openers, '').toLowerCase();
  if (neverEndsSentence.has(stem.replace(/\./g, ''))) return false;
  // A single initial ("J. Smith") is not the end of a sentence.
  if (/^\p{Lu}$/u.test(bare.replace(/\.$/, ''))) return false;
  // Nor is a dotted abbreviation ("U.K.", "a.m."): the full stops belong to its letters.
  if (/^(\p{L}\.){2,}$/u.test(stem + '.')) return false;
  // A new sentence starts with a capital, a digit or an opening quote; "etc. and" does not.
  return /^["'“‘([]*[\p{Lu}\p{N}]/u.test(next);
}

/** The sentences of one passage (a paragraph, a list item, a quote). */
export function sentences(text: string): string[] {
  const found: string[] = [];
  for (const line of text.split(/\n+/)) {
    const tokens = line.split(/\s+/).filter(Boolean);
    let current: string[] = [];
    tokens.forEach((token, index) => {
      current.push(token);
      if (endsSentence(token, tokens[index + 1])) {
        found.push(current.join(' '));
        current = [];
      }
    });
    if (current.length > 0) found.push(current.join(' '));
  }
  return found.filter((sentence) => words(sentence).length > 0);
}

/** An estimate of the syllables in an English word, good enough for a reading-age figure. */
export function syllables(word: string): number {
  const letters = word.toLowerCase().replace(/[^a-z]/g, '');
  if (letters === '') return 1;
  if (letters.length <= 3) return 1;
  const trimmed = letters
    .replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (ending) => ending.charAt(0))
    .replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]+/g)?.length ?? 0;
  return Math.max(1, groups);
}
