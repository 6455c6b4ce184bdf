import { describe, expect, it } from 'vitest';
import { fieldLabel, fieldPathLabel } from './labels';

describe('field labels', () => {
  it('turns field names into the words editors read in the admin', () => {
    expect(fieldLabel('title')).toBe('Title');
    expect(fieldLabel('firstPublished')).toBe('First published');
    expect(fieldLabel('joinUrl')).toBe('Join URL');
    expect(fieldLabel('seo')).toBe('SEO');
    expect(fieldLabel('callsToActionHeading')).toBe('Calls to action heading');
  });

  it('names a field inside components and lists by the same labels, counting items from one', () => {
    expect(fieldPathLabel(['helpAreas', 1, 'link'])).toBe('Help areas › item 2 › Link');
    expect(fieldPathLabel(['join', 'joinUrl'])).toBe('Join › Join URL');
  });
});
