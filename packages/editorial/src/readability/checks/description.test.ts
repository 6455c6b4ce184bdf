import { describe, expect, it } from 'vitest';
import { checkSearchDescription } from './description';

describe('the description search results show', () => {
  it('warns when it is too short or too long', () => {
    expect(checkSearchDescription('Pay news.').map((problem) => problem.check)).toEqual([
      'description-short',
    ]);
    expect(checkSearchDescription('x '.repeat(90)).map((problem) => problem.check)).toEqual([
      'description-long',
    ]);
  });

  it('accepts 50 to 160 characters', () => {
    expect(
      checkSearchDescription('What the 2025 pay award means for heads, deputies and middle leaders.'),
    ).toEqual([]);
  });
});
