import { describe, expect, it } from 'vitest';
import { checkParagraphLength, checkSentenceLength } from './plain-english';

const wordsOf = (count: number) =>
  Array.from({ length: count }, (_, index) => (index === 0 ? 'Word' : `word${index}`)).join(' ');

describe('sentence length', () => {
  it('warns about a sentence over 25 words and strongly warns over 40', () => {
    expect(checkSentenceLength(`${wordsOf(26)}.`).map((problem) => problem.severity)).toEqual(['warning']);
    expect(checkSentenceLength(`${wordsOf(41)}.`).map((problem) => problem.severity)).toEqual([
      'strong-warning',
    ]);
  });

  it('accepts 25 words, and counts each sentence on its own', () => {
    expect(checkSentenceLength(`${wordsOf(25)}.`)).toEqual([]);
    expect(checkSentenceLength(`${wordsOf(20)}. ${wordsOf(20)}.`)).toEqual([]);
  });

  it('does not let numbers and abbreviations hide or invent a sentence break', () => {
    const oneLongSentence = `Dr. Patel said pay rose by 3.5% (about £1,200.50 a year), e.g. for leaders on the L6 point, ${wordsOf(16)}.`;
    expect(checkSentenceLength(oneLongSentence)).toHaveLength(1);
  });

  it('ends a sentence inside a closing quote', () => {
    expect(checkSentenceLength(`"${wordsOf(20)}." ${wordsOf(20)}.`)).toEqual([]);
  });
});

describe('paragraph length', () => {
  it('warns about a paragraph over 120 words', () => {
    expect(checkParagraphLength(wordsOf(121))[0]?.problem).toBe('this paragraph has 121 words');
  });

  it('accepts 120 words', () => {
    expect(checkParagraphLength(wordsOf(120))).toEqual([]);
  });
});
