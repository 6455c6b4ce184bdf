import type { Problem } from '../findings';
import { sentences, syllables, words } from '../text';

/** Public-sector content guidance aims at a reading age of about 12 (end of primary school). */
export const DEFAULT_READING_AGE_TARGET = 12;

// Below this many words a reading-age figure says more about chance than about the text.
const FEWEST_WORDS_FOR_A_FIGURE = 50;

export interface ReadingLevel {
  words: number;
  sentences: number;
  /** Flesch reading ease: 0–100, higher is easier; 60–70 is plain English. */
  readingEase: number;
  /** Flesch–Kincaid grade + 5: the age at which most children read such text. */
  readingAge: number;
}

/** The reading level of some passages taken together, or null when there are too few words. */
export function readingLevel(passages: readonly string[]): ReadingLevel | null {
  const all = passages.flatMap((passage) => sentences(passage));
  const allWords = all.flatMap((sentence) => words(sentence));
  if (allWords.length < FEWEST_WORDS_FOR_A_FIGURE) return null;
  const wordsPerSentence = allWords.length / all.length;
  const syllablesPerWord = allWords.reduce((sum, word) => sum + syllables(word), 0) / allWords.length;
  const grade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
  return {
    words: allWords.length,
    sentences: all.length,
    readingEase: Math.round(206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord),
    readingAge: Math.max(5, Math.round(grade + 5)),
  };
}

export function checkReadingAge(level: ReadingLevel | null, target: number): Problem[] {
  if (!level || level.readingAge <= target) return [];
  return [
    {
      check: 'reading-age',
      severity: 'warning',
      text: `reading age ${level.readingAge}, reading ease ${level.readingEase}`,
      problem: `the text needs a reading age of about ${level.readingAge}; the target is ${target}`,
      fix: 'Use shorter sentences and everyday words ("help" rather than "facilitate").',
    },
  ];
}
