import { describe, expect, it } from 'vitest';
import { checkLinkText, sameTextDifferentPlaces } from './links';

describe('link text', () => {
  it.each(['click here', 'Click here!', 'here', 'HERE.', 'this link', 'link', ''])(
    'blocks publishing for %j, which says nothing about where it goes',
    (text) => {
      expect(checkLinkText(text).map((problem) => problem.severity)).toEqual(['blocks-publishing']);
    },
  );

  it.each(['read more', 'More', 'find out more', 'Learn more…'])('warns about the vague %j', (text) => {
    expect(checkLinkText(text).map((problem) => problem.severity)).toEqual(['warning']);
  });

  it('warns about a bare web address as the text', () => {
    expect(checkLinkText('https://www.gov.uk/government/publications/x')[0]?.problem).toMatch(
      /bare web address/,
    );
    expect(checkLinkText('www.example.org')).toHaveLength(1);
    expect(checkLinkText('gov.uk')).toHaveLength(1);
    expect(checkLinkText('example.org/pay-guidance')).toHaveLength(1);
  });

  it.each(['click here to read the pay guidance', 'Click here for details', 'tap here for the form'])(
    'warns about %j, which starts with an instruction to click',
    (text) => {
      expect(checkLinkText(text).map(({ severity, problem }) => [severity, problem])).toEqual([
        ['warning', 'the link text starts with an instruction to click'],
      ]);
    },
  );

  it.each([
    'read the pay guidance here',
    'where to get help with your contract',
    'Children and Families Act 2014',
    'more about the 2025 pay award',
    'advice@nusl.example',
    'the guidance, e.g. section 2.5',
    'clicking and dragging in the new portal',
  ])('accepts link text that says where it goes: %j', (text) => {
    expect(checkLinkText(text)).toEqual([]);
  });
});

describe('links with the same text', () => {
  it('finds a second link whose text an earlier link uses for another address', () => {
    const links = [
      { text: 'pay guidance', url: '/pay/' },
      { text: 'Pay guidance', url: '/pay/' },
      { text: 'pay guidance.', url: '/pay-2024/' },
    ];
    expect(sameTextDifferentPlaces(links)).toEqual([2]);
  });

  it('accepts the same text for the same address, and different texts', () => {
    expect(
      sameTextDifferentPlaces([
        { text: 'the code', url: '/code/' },
        { text: 'the code', url: '/code/' },
        { text: 'the act', url: '/act/' },
      ]),
    ).toEqual([]);
  });
});
