import { describe, expect, it } from 'vitest';
import { blocksToPlainText } from './plain-text';
import { a, li, list, p, t } from './test-blocks';

describe('blocksToPlainText', () => {
  it('keeps the visible words of every block, links and nested lists included', () => {
    const text = blocksToPlainText([
      { type: 'heading', level: 2, children: [t('Pay')] },
      p(t('Read '), a('https://x.example', 'the guidance'), t('.')),
      list('unordered', li('one'), list('ordered', li('inner'))),
      { type: 'quote', children: [t('Quoted')] },
      { type: 'code', children: [t('x = 1')] },
      { type: 'image', image: { url: '/a.png', alternativeText: 'alt', caption: 'Caption' } },
      p(t('  ')),
    ]);
    expect(text).toBe('Pay\n\nRead the guidance.\n\none\ninner\n\nQuoted\n\nx = 1\n\nCaption');
  });
});
