import { describe, expect, it } from 'vitest';
import { checkAltText } from './images';

describe('alternative text of pictures', () => {
  it('blocks publishing of a picture without alternative text, naming the file', () => {
    for (const alt of [null, undefined, '', '   ']) {
      const [problem] = checkAltText(alt, 'staff-room.jpg');
      expect(problem?.severity).toBe('blocks-publishing');
      expect(problem?.problem).toBe('the picture "staff-room.jpg" has no alternative text');
    }
  });

  it.each(['IMG_2041.JPG', 'staff-room.jpg', 'DSC-0042', 'photo_12'])(
    'warns when the text is a file name: %j',
    (alt) => {
      expect(checkAltText(alt, 'upload.png').map((problem) => problem.check)).toEqual(['alt-text-file-name']);
    },
  );

  it.each(['Image of a head teacher at her desk', 'a picture of the school gates', 'Photo showing pupils'])(
    'warns when the text starts by saying it is a picture: %j',
    (alt) => {
      expect(checkAltText(alt).map((problem) => problem.check)).toEqual(['alt-text-image-of']);
    },
  );

  it.each([
    'image',
    'Photo',
    'a picture',
    'An image.',
    'the graphic',
    'Icon',
    'IMAGES',
    'alt text',
    'Untitled',
  ])('warns when the text only says it is a picture: %j', (alt) => {
    const problems = checkAltText(alt, 'gates.jpg');
    expect(problems.map(({ check, severity }) => [check, severity])).toEqual([
      ['alt-text-meaningless', 'warning'],
    ]);
    expect(problems[0]?.problem).toBe(
      'the alternative text of the picture "gates.jpg" only says it is a picture',
    );
  });

  it.each([
    'A head teacher talking with two parents',
    'Photo booth at the members’ conference',
    'Graphic design students at work',
    'The icon of the union: a raised hand',
    'Picture books on a classroom shelf',
    'Imagery used in the 2025 campaign, a sunrise over a school',
  ])('accepts a description of what the picture shows: %j', (alt) => {
    expect(checkAltText(alt, 'campaign.png')).toEqual([]);
  });
});
