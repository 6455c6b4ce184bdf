import { excerpt, type Problem } from '../findings';

// Search engines show about 155–160 characters; under about 50 says too little.
export const SHORTEST_DESCRIPTION = 50;
export const LONGEST_DESCRIPTION = 160;

/** The text search results show under the page title. */
export function checkSearchDescription(text: string): Problem[] {
  const length = text.trim().length;
  if (length === 0) return [];
  if (length < SHORTEST_DESCRIPTION) {
    return [
      {
        check: 'description-short',
        severity: 'warning',
        text,
        problem: `the description search results show is only ${length} characters long`,
        fix: `Say in ${SHORTEST_DESCRIPTION}–${LONGEST_DESCRIPTION} characters what the page is about and who it is for.`,
      },
    ];
  }
  if (length > LONGEST_DESCRIPTION) {
    return [
      {
        check: 'description-long',
        severity: 'warning',
        text: excerpt(text),
        problem: `the description search results show is ${length} characters long, so they cut it off`,
        fix: `Keep it under ${LONGEST_DESCRIPTION} characters, or write a shorter meta description in SEO.`,
      },
    ];
  }
  return [];
}
