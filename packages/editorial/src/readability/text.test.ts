import { describe, expect, it } from 'vitest';
import { sentences, syllables, words } from './text';

describe('counting sentences', () => {
  it('splits at full stops, question marks and exclamation marks', () => {
    expect(sentences('We met. Did it help? Yes!')).toEqual(['We met.', 'Did it help?', 'Yes!']);
  });

  it('does not split inside numbers, money or percentages', () => {
    expect(sentences('Pay rose by 3.5% to £1,000.50 a month. That is all.')).toHaveLength(2);
    expect(sentences('Section 2.1 of the code applies.')).toHaveLength(1);
  });

  it('does not split after abbreviations, titles or initials', () => {
    expect(sentences('Ask Dr. Patel, e.g. by phone, or Mrs. J. Smith about it. Then decide.')).toHaveLength(
      2,
    );
    expect(sentences('Bring papers, books etc. and a pen.')).toHaveLength(1);
    expect(sentences('Read paras. 4 to 6, i.e. the part on pay.')).toHaveLength(1);
  });

  it('does not split after dotted abbreviations such as "U.K."', () => {
    expect(sentences('Schools in the U.K. Government sector face cuts. We will act.')).toEqual([
      'Schools in the U.K. Government sector face cuts.',
      'We will act.',
    ]);
    expect(sentences('Members across the U.S.A. and (U.K.) Europe agree.')).toHaveLength(1);
    expect(sentences('We meet at 9 a.m. Monday to Friday.')).toHaveLength(1);
  });

  it('still ends a sentence at a dotted abbreviation that closes the passage, and after a plain word', () => {
    expect(sentences('We work across the U.K.')).toEqual(['We work across the U.K.']);
    expect(sentences('We met the team. U.K. members joined later.')).toHaveLength(2);
  });

  it('ends a sentence inside closing quotes and brackets', () => {
    expect(sentences('She said, "We will act." Then she left.')).toEqual([
      'She said, "We will act."',
      'Then she left.',
    ]);
    expect(sentences('(This is an aside.) Next point.')).toHaveLength(2);
  });

  it('treats a line break as the end of a sentence, and counts a last sentence without a full stop', () => {
    expect(sentences('First line\nSecond line')).toEqual(['First line', 'Second line']);
    expect(sentences('No full stop here')).toEqual(['No full stop here']);
  });

  it('ignores text with no words', () => {
    expect(sentences('  — … ')).toEqual([]);
  });
});

describe('counting words and syllables', () => {
  it('counts numbers and money as words, but not dashes', () => {
    expect(words('Pay rose by £1,000 — a 3.5% rise')).toHaveLength(7);
  });

  it('estimates syllables of everyday words', () => {
    expect(syllables('pay')).toBe(1);
    expect(syllables('leader')).toBe(2);
    expect(syllables('made')).toBe(1);
    expect(syllables('education')).toBe(4);
    expect(syllables('responsibility')).toBeGreaterThanOrEqual(5);
  });
});
