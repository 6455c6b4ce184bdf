import { describe, expect, it } from 'vitest';
import { checkHeadingLevels, checkHeadingText } from './headings';

describe('heading text', () => {
  it('blocks publishing of a heading with no text', () => {
    expect(checkHeadingText('  ').map((problem) => problem.severity)).toEqual(['blocks-publishing']);
  });

  it('warns about a heading as long as a paragraph', () => {
    const long =
      'What the new code of practice says about how schools must plan support for pupils with SEND';
    expect(checkHeadingText(long).map((problem) => problem.check)).toEqual(['heading-long']);
  });

  it('accepts a short heading', () => {
    expect(checkHeadingText('Who can join')).toEqual([]);
  });
});

describe('heading levels', () => {
  it('finds a skipped level, saying which level to use', () => {
    const problems = checkHeadingLevels([2, 4]);
    expect(problems[0]).toBeNull();
    expect(problems[1]?.problem).toBe('the heading skips from level 2 to level 4');
    expect(problems[1]?.fix).toContain('Heading 3');
  });

  it('finds a first heading below level 2, since the page title is level 1', () => {
    expect(checkHeadingLevels([3])[0]?.text).toBe('Heading 1 → Heading 3');
  });

  it('warns about a heading level 1 in the text', () => {
    expect(checkHeadingLevels([1])[0]?.check).toBe('heading-level');
  });

  it('accepts going down one level at a time and back up any number', () => {
    expect(checkHeadingLevels([2, 3, 4, 2, 3, 2])).toEqual([null, null, null, null, null, null]);
  });
});
