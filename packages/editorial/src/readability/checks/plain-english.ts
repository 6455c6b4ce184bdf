import { excerpt, type Problem } from '../findings';
import { sentences, words } from '../text';

// Public-sector plain-English guidance: about 25 words a sentence at most; past 40
// most readers lose the thread. Long paragraphs are hard to keep one's place in.
export const LONG_SENTENCE_WORDS = 25;
export const VERY_LONG_SENTENCE_WORDS = 40;
export const LONG_PARAGRAPH_WORDS = 120;

export function checkSentenceLength(text: string): Problem[] {
  return sentences(text).flatMap((sentence): Problem[] => {
    const count = words(sentence).length;
    if (count <= LONG_SENTENCE_WORDS) return [];
    return [
      {
        check: 'sentence-long',
        severity: count > VERY_LONG_SENTENCE_WORDS ? 'strong-warning' : 'warning',
        text: excerpt(sentence),
        problem: `this sentence has ${count} words`,
        fix: `Split it into sentences of ${LONG_SENTENCE_WORDS} words or fewer, one idea each.`,
      },
    ];
  });
}

export function checkParagraphLength(text: string): Problem[] {
  const count = words(text).length;
  if (count <= LONG_PARAGRAPH_WORDS) return [];
  return [
    {
      check: 'paragraph-long',
      severity: 'warning',
      text: excerpt(text),
      problem: `this paragraph has ${count} words`,
      fix: `Break it into paragraphs of under ${LONG_PARAGRAPH_WORDS} words, or make a list.`,
    },
  ];
}
