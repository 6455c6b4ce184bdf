import { describe, expect, it } from 'vitest';
import { checkBoldAsHeading, checkCapitals } from './style';

describe('text in capitals', () => {
  it('warns about more than three words in capitals in a row', () => {
    const [problem] = checkCapitals('Please note: ALL MEMBERS MUST REGISTER NOW for the vote.');
    expect(problem?.text).toBe('ALL MEMBERS MUST REGISTER NOW');
  });

  it('accepts acronyms and short runs', () => {
    expect(checkCapitals('The NUSL and the DfE agreed the SEND plan.')).toEqual([]);
    expect(checkCapitals('Ask your SENCO, EHCP coordinator or LA.')).toEqual([]);
    expect(checkCapitals('NUSL SEND EHCP guidance')).toEqual([]);
  });
});

describe('bold used as a heading', () => {
  it('warns about a paragraph that is only bold text', () => {
    const inline = [
      { type: 'text' as const, text: 'How to join', bold: true },
      { type: 'text' as const, text: ' ' },
    ];
    expect(checkBoldAsHeading(inline).map((problem) => problem.text)).toEqual(['How to join']);
  });

  it('accepts a paragraph with a few bold words', () => {
    const inline = [
      { type: 'text' as const, text: 'Deadline:', bold: true },
      { type: 'text' as const, text: ' 30 June.' },
    ];
    expect(checkBoldAsHeading(inline)).toEqual([]);
    expect(checkBoldAsHeading([])).toEqual([]);
  });
});
