import { describe, expect, it } from 'vitest';
import { checkReadingAge, readingLevel } from './reading-age';

const plain = Array.from(
  { length: 10 },
  () => 'We can help you. Call us on the phone. Our staff will talk to you.',
).join(' ');
const dense = Array.from(
  { length: 6 },
  () =>
    'Notwithstanding considerable organisational complexity, governing boards should systematically evaluate the comparative effectiveness of alternative intervention methodologies.',
).join(' ');

describe('reading level', () => {
  it('gives plain text a low reading age and high reading ease', () => {
    const level = readingLevel([plain]);
    expect(level?.readingAge).toBeLessThanOrEqual(9);
    expect(level?.readingEase).toBeGreaterThan(80);
    expect(level?.sentences).toBe(30);
  });

  it('gives dense text a high reading age', () => {
    expect(readingLevel([dense])?.readingAge).toBeGreaterThan(18);
  });

  it('gives no figure for fewer than 50 words', () => {
    expect(readingLevel(['Short text.'])).toBeNull();
  });

  it('warns only when the text is above the target', () => {
    const level = readingLevel([dense]);
    expect(checkReadingAge(level, 12)).toHaveLength(1);
    expect(checkReadingAge(readingLevel([plain]), 12)).toEqual([]);
    expect(checkReadingAge(level, level?.readingAge ?? 0)).toEqual([]);
  });
});
