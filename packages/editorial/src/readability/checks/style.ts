import type { InlineNode } from '@guildhall/content/blocks';
import { excerpt, type Problem } from '../findings';

// Capitals are harder to read (words lose their shape) and screen readers may spell
// them out; a few capitalised words in a row are an acronym list, more are shouting.
const MOST_CAPITALISED_WORDS = 3;

const isCapitalised = (word: string) => /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);

export function checkCapitals(text: string): Problem[] {
  const problems: Problem[] = [];
  let run: string[] = [];
  const endRun = () => {
    if (run.length > MOST_CAPITALISED_WORDS) {
      problems.push({
        check: 'capitals',
        severity: 'warning',
        text: excerpt(run.join(' ')),
        problem: `${run.length} words in a row are in capital letters, which is harder to read`,
        fix: 'Write it in sentence case; use bold for the few words that need emphasis.',
      });
    }
    run = [];
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (isCapitalised(word)) run.push(word);
    else endRun();
  }
  endRun();
  return problems;
}

/** A paragraph that is all bold looks like a heading but is not one to a screen reader. */
export function checkBoldAsHeading(inline: readonly InlineNode[]): Problem[] {
  const texts = inline
    .flatMap((node) => (node.type === 'link' ? node.children : [node]))
    .filter((node) => node.text.trim() !== '');
  if (texts.length === 0 || !texts.every((node) => node.bold)) return [];
  return [
    {
      check: 'bold-as-heading',
      severity: 'warning',
      text: excerpt(texts.map((node) => node.text).join('')),
      problem: 'the whole paragraph is bold, which looks like a heading but is not one',
      fix: 'If it is a heading, choose a heading level in the editor; if not, bold only the words that matter.',
    },
  ];
}
