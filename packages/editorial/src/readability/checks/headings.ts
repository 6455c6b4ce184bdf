import { excerpt, type Problem } from '../findings';
import { words } from '../text';

const LONGEST_HEADING_WORDS = 15;

export function checkHeadingText(text: string): Problem[] {
  if (text.trim() === '') {
    return [
      {
        check: 'heading-empty',
        severity: 'blocks-publishing',
        text: '(empty heading)',
        problem: 'the heading has no text, so screen readers announce an empty heading',
        fix: 'Type the heading, or delete it.',
      },
    ];
  }
  if (words(text).length > LONGEST_HEADING_WORDS) {
    return [
      {
        check: 'heading-long',
        severity: 'warning',
        text: excerpt(text),
        problem: `the heading is over ${LONGEST_HEADING_WORDS} words long`,
        fix: 'Keep headings short, so readers can scan them; put the detail in a paragraph below.',
      },
    ];
  }
  return [];
}

/**
 * The page title is the page's one heading level 1, so a field's headings start at 2
 * and go down one level at a time. Returns a problem per heading, or null when it is fine.
 */
export function checkHeadingLevels(levels: readonly number[]): (Problem | null)[] {
  let previous = 1;
  return levels.map((level) => {
    const before = previous;
    previous = level;
    if (level === 1) {
      return {
        check: 'heading-level',
        severity: 'warning',
        text: 'Heading 1',
        problem: 'the page title is already the heading level 1',
        fix: 'Use Heading 2 for the main sections of the text.',
      };
    }
    if (level > before + 1) {
      return {
        check: 'heading-level',
        severity: 'warning',
        text: `Heading ${before} → Heading ${level}`,
        problem: `the heading skips from level ${before} to level ${level}`,
        fix: `Use Heading ${before + 1} here, so people using screen readers can follow the structure.`,
      };
    }
    return null;
  });
}
