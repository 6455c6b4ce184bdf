import type { Block, Blocks } from '@guildhall/content/blocks';
import { describe, expect, it } from 'vitest';
import { RichTextError } from './errors';
import { renderBlocks } from './render';
import { a, li, list, p, t } from './test-blocks';

const html = (...blocks: Block[]) => renderBlocks(blocks, { siteUrl: 'https://www.nusl.example' });

describe('renderBlocks', () => {
  it('renders a paragraph', () => {
    expect(html(p(t('Hello')))).toBe('<p>Hello</p>');
  });

  it('skips empty paragraphs the editor leaves behind', () => {
    expect(html(p(t('')), p(t('  ')), p())).toBe('');
  });

  it('renders every text mark, nesting combined marks in a fixed order', () => {
    expect(html(p(t('b', { bold: true })))).toBe('<p><strong>b</strong></p>');
    expect(html(p(t('i', { italic: true })))).toBe('<p><em>i</em></p>');
    expect(html(p(t('u', { underline: true })))).toBe('<p><u>u</u></p>');
    expect(html(p(t('s', { strikethrough: true })))).toBe('<p><s>s</s></p>');
    expect(html(p(t('c', { code: true })))).toBe('<p><code>c</code></p>');
    expect(html(p(t('all', { code: true, bold: true, italic: true })))).toBe(
      '<p><strong><em><code>all</code></em></strong></p>',
    );
  });

  it('turns line breaks inside text into <br>', () => {
    expect(html(p(t('one\ntwo')))).toBe('<p>one<br>two</p>');
  });

  it('escapes text so an editor typing <script> sees it as text', () => {
    expect(html(p(t('<script>alert("x") & \'y\'</script>')))).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;</p>',
    );
  });

  it('renders headings with ids from their text, de-duplicated', () => {
    const heading = (level: 2 | 3, text: string): Block => ({ type: 'heading', level, children: [t(text)] });
    expect(html(heading(2, 'Who can join?'), heading(3, 'Who can join?'), heading(2, '!!!'))).toBe(
      '<h2 id="who-can-join">Who can join?</h2>\n<h3 id="who-can-join-2">Who can join?</h3>\n<h2 id="section">!!!</h2>',
    );
  });

  it('keeps heading ids unique across several fields of one page, avoiding ids the page uses', () => {
    const heading: Block = { type: 'heading', level: 2, children: [t('Main')] };
    const takenIds = new Set(['main']);
    expect(renderBlocks([heading], { takenIds })).toBe('<h2 id="main-2">Main</h2>');
    expect(renderBlocks([heading], { takenIds })).toBe('<h2 id="main-3">Main</h2>');
    expect(renderBlocks([heading])).toBe('<h2 id="main-2">Main</h2>');
  });

  it('renders a level-1 heading as <h2>, as the page owns the only <h1>', () => {
    expect(html({ type: 'heading', level: 1, children: [t('Title')] })).toBe('<h2 id="title">Title</h2>');
  });

  it('renders ordered and unordered lists', () => {
    expect(html(list('unordered', li('a'), li('b')))).toBe('<ul><li>a</li><li>b</li></ul>');
    expect(html(list('ordered', li('1')))).toBe('<ol><li>1</li></ol>');
  });

  it('puts a nested list inside the item before it, three levels deep', () => {
    const nested = list(
      'unordered',
      li('one'),
      list('ordered', li('one.a'), list('unordered', li('one.a.i'))),
      li('two'),
    );
    expect(html(nested)).toBe(
      '<ul><li>one<ol><li>one.a<ul><li>one.a.i</li></ul></li></ol></li><li>two</li></ul>',
    );
  });

  it('gives a nested list with no item before it its own item', () => {
    expect(html(list('unordered', list('unordered', li('x'))))).toBe('<ul><li><ul><li>x</li></ul></li></ul>');
  });

  it('renders a quote', () => {
    expect(html({ type: 'quote', children: [t('Said it')] })).toBe('<blockquote><p>Said it</p></blockquote>');
  });

  it('renders code escaped, with a language class only when it is safe', () => {
    expect(html({ type: 'code', language: 'ts', children: [t('a < b')] })).toBe(
      '<pre><code class="language-ts">a &lt; b</code></pre>',
    );
    expect(html({ type: 'code', language: '"><x', children: [t('x')] })).toBe('<pre><code>x</code></pre>');
  });

  it('renders an image with its alternative text, size and caption', () => {
    const image: Block = {
      type: 'image',
      image: {
        url: '/uploads/a.png',
        alternativeText: 'A "chart"',
        caption: 'Figure 1',
        width: 800,
        height: 600,
      },
    };
    expect(html(image)).toBe(
      '<figure><img src="/uploads/a.png" alt="A &quot;chart&quot;" width="800" height="600" loading="lazy" decoding="async"><figcaption>Figure 1</figcaption></figure>',
    );
  });

  it("uses the site's optimised version of an image when given one", () => {
    const image: Block = { type: 'image', image: { url: '/uploads/a.png', alternativeText: 'Alt' } };
    const rendered = renderBlocks([image], {
      resolveImage: () => ({
        src: '/_astro/a.webp',
        width: 400,
        height: 300,
        srcset: '/_astro/a.webp 400w',
        sizes: '100vw',
      }),
    });
    expect(rendered).toContain('src="/_astro/a.webp"');
    expect(rendered).toContain('srcset="/_astro/a.webp 400w" sizes="100vw"');
    expect(rendered).not.toContain('<figcaption>');
  });

  it('refuses an image without alternative text, saying which image and where', () => {
    const image: Block = { type: 'image', image: { url: '/uploads/b.png', alternativeText: ' ' } };
    expect(() => renderBlocks([p(t('x')), image], { source: 'article "pay" body' })).toThrow(
      new RichTextError(
        'Image /uploads/b.png has no alternative text in article "pay" body at [1]: add it in the CMS Media Library.',
      ),
    );
  });

  it('fails on an unknown block type, naming it and its place', () => {
    const unknown = { type: 'table', children: [] } as unknown as Block;
    expect(() => renderBlocks([p(t('x')), unknown], { source: 'article "pay" body' })).toThrow(
      'Unknown rich-text block type "table" in article "pay" body at [1]',
    );
  });

  it('fails on an unknown inline node inside a nested list, naming its path', () => {
    const mention = { type: 'mention', text: '@x' } as unknown as ReturnType<typeof t>;
    const blocks = [
      list('unordered', li('a'), list('unordered', { type: 'list-item', children: [mention] })),
    ] as Blocks;
    expect(() => renderBlocks(blocks)).toThrow(
      'Unknown inline rich-text node "mention" in [0].children[1].children[0].children[0]',
    );
  });
});

describe('links', () => {
  const link = (url: string, siteUrl?: string) => renderBlocks([p(a(url, 'label'))], { siteUrl });

  it('marks links to other sites as external, without opening a new window', () => {
    expect(link('https://www.gov.uk/x', 'https://www.nusl.example')).toBe(
      '<p><a href="https://www.gov.uk/x" rel="external noopener noreferrer">label<span class="sr-only"> (external site)</span></a></p>',
    );
  });

  it('treats every absolute web link as external when no site URL is known', () => {
    expect(link('https://www.nusl.example/a')).toContain('rel="external');
  });

  it('does not mark links to the site itself, relative links, e-mail or phone links', () => {
    expect(link('https://www.nusl.example/join/', 'https://www.nusl.example')).toBe(
      '<p><a href="https://www.nusl.example/join/">label</a></p>',
    );
    for (const url of [
      '/news/',
      '#section',
      '?q=x',
      './a',
      '../b',
      'membership/',
      'mailto:a@b.example',
      'tel:+442079460000',
    ]) {
      expect(link(url)).toBe(`<p><a href="${url}">label</a></p>`);
    }
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
  ])('renders a link to %j as plain text', (url) => {
    expect(link(url)).toBe('<p>label</p>');
  });

  it('escapes link addresses', () => {
    expect(link('/search/?q="x"&y=<z>')).toBe(
      '<p><a href="/search/?q=&quot;x&quot;&amp;y=&lt;z&gt;">label</a></p>',
    );
  });
});
