import { describe, expect, it } from 'vitest';
import { indexedHtml } from './search-index';

describe('what the search index takes from a page', () => {
  it('cuts out each element search ignores whole, nested elements of the same name included', () => {
    const html =
      '<main data-pagefind-body><h1>Pay</h1>' +
      '<ul data-pagefind-ignore="all"><li><ul><li>Pay award</li></ul></li></ul>' +
      '<p>Pay and pensions.</p><p data-pagefind-ignore="all">Nothing here yet.</p></main>';
    expect(indexedHtml(html)).toBe('<main data-pagefind-body><h1>Pay</h1><p>Pay and pensions.</p></main>');
  });

  it('keeps an element search ignores only for its words, since its meta and filters still count', () => {
    const html = '<main data-pagefind-body><nav data-pagefind-ignore><a href="/">Home</a></nav></main>';
    expect(indexedHtml(html)).toBe(html);
  });

  it('keeps the whole page when an ignored element has no end, so the page is indexed again', () => {
    const html = '<main data-pagefind-body><ul data-pagefind-ignore="all"><li>Pay award</li></main>';
    expect(indexedHtml(html)).toBe(html);
  });
});
