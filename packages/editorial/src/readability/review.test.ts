import { describe, expect, it } from 'vitest';
import { describeFinding } from './findings';
import {
  isReviewedType,
  reviewBlocks,
  reviewEntry,
  type ComponentSchemas,
  type SchemaAttributes,
} from './review';

const text = (value: string, bold = false) => ({ type: 'text', text: value, ...(bold ? { bold } : {}) });
const link = (url: string, label: string) => ({ type: 'link', url, children: [text(label)] });
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children });
const heading = (level: number, value: string) => ({ type: 'heading', level, children: [text(value)] });
const item = (...children: unknown[]) => ({ type: 'list-item', children });

const article: SchemaAttributes = {
  options: { draftAndPublish: true },
  attributes: {
    title: { type: 'string' },
    summary: { type: 'text' },
    body: { type: 'blocks' },
    coverImage: { type: 'media' },
    seo: { type: 'component', component: 'shared.seo' },
    helpAreas: { type: 'component', component: 'membership.help-area', repeatable: true },
  },
};
const components: ComponentSchemas = {
  'shared.seo': { attributes: { metaDescription: { type: 'text' } } },
  'membership.help-area': { attributes: { description: { type: 'text' } } },
};

describe('reviewing a rich-text field', () => {
  it('says which field, heading and paragraph each finding is in', () => {
    const findings = reviewBlocks(
      [
        heading(2, 'How to join'),
        paragraph(text('You can join online. ')),
        paragraph(text('To join, '), link('/join/', 'click here'), text('.')),
      ],
      'Body',
    );
    expect(findings.map(describeFinding)).toEqual([
      'Body, paragraph 2 under "How to join": the link text does not say where the link goes ("click here"). ' +
        'Write link text that says where the link goes, for example "read the 2025 pay guidance".',
    ]);
  });

  it('checks the links inside a heading as well', () => {
    const findings = reviewBlocks(
      [{ type: 'heading', level: 2, children: [text('Pay guidance: read it '), link('/pay/', 'here')] }],
      'Body',
    );
    expect(findings.map(({ check, severity, where }) => [check, severity, where])).toEqual([
      ['link-text', 'blocks-publishing', 'heading "Pay guidance: read it here"'],
    ]);
  });

  it('checks list items in nested lists, quotes and pictures', () => {
    const findings = reviewBlocks(
      [
        {
          type: 'list',
          format: 'unordered',
          children: [
            item(text('First point')),
            { type: 'list', format: 'ordered', indentLevel: 1, children: [item(link('/x/', 'here'))] },
          ],
        },
        { type: 'quote', children: [text('OUR MEMBERS DESERVE BETTER PAY')] },
        { type: 'image', image: { url: '/uploads/gates_1.jpg', alternativeText: '' }, children: [] },
        heading(4, ''),
      ],
      'Body',
    );
    expect(findings.map((finding) => [finding.check, finding.where])).toEqual([
      ['link-text', 'list item 2'],
      ['capitals', 'quote 1'],
      ['alt-text-missing', 'image 1'],
      ['heading-empty', 'heading 1'],
      ['heading-level', 'heading 1'],
    ]);
  });

  it('passes descriptive rich text with no findings', () => {
    const findings = reviewBlocks(
      [
        heading(2, 'Pay'),
        paragraph(text('Read '), link('/pay/', 'the 2025 pay guidance'), text(' before you meet.')),
      ],
      'Body',
    );
    expect(findings).toEqual([]);
  });

  describe('counting sentence length in lists', () => {
    // n words of plain text with no full stop, starting with a capital as a sentence does.
    const wordsOf = (n: number) =>
      'M' +
      Array.from({ length: n }, (_, index) => ['members', 'want', 'fair', 'pay'][index % 4])
        .join(' ')
        .slice(1);
    const list = (...children: unknown[]) => ({ type: 'list', format: 'unordered', children });
    const sentenceFindings = (blocks: unknown[]) =>
      reviewBlocks(blocks, 'Body')
        .filter((finding) => finding.check === 'sentence-long')
        .map(({ severity, where, problem }) => [severity, where, problem]);

    it('counts each list item as its own sentence, though items have no full stops', () => {
      const items = list(item(text(wordsOf(15))), item(text(wordsOf(15))), item(text(wordsOf(15))));
      expect(sentenceFindings([items])).toEqual([]);
    });

    it('finds the one long item, in a nested list too, and names it', () => {
      const items = list(
        item(text(wordsOf(10))),
        item(text(wordsOf(30))),
        list(item(text(wordsOf(10))), item(text(wordsOf(45)))),
      );
      expect(sentenceFindings([items])).toEqual([
        ['warning', 'list item 2', 'this sentence has 30 words'],
        ['strong-warning', 'list item 4', 'this sentence has 45 words'],
      ]);
    });

    it('counts the sentences inside a quotation in a list item one by one', () => {
      const quoted = `The head said "${wordsOf(12)}. ${wordsOf(12)}. ${wordsOf(12)}." and left`;
      expect(sentenceFindings([list(item(text(quoted)))])).toEqual([]);
      const long = `The head said "${wordsOf(27)}." Then she left`;
      expect(sentenceFindings([list(item(text(long)))])).toEqual([
        ['warning', 'list item 1', 'this sentence has 30 words'],
      ]);
    });
  });

  it('fails loudly, naming the field, on a block type it does not know', () => {
    expect(() => reviewBlocks([{ type: 'table', children: [] }], 'Body')).toThrow(
      'Body: unknown rich-text block type "table"',
    );
  });
});

describe('reviewing a whole entry', () => {
  const long = Array.from(
    { length: 8 },
    () =>
      'Governing boards should systematically evaluate the comparative effectiveness of intervention methodologies.',
  ).join(' ');

  it('reviews text fields inside components, media, links across fields and the reading age', () => {
    const review = reviewEntry(
      {
        title: 'A title',
        summary: 'Short.',
        body: [
          paragraph(link('/pay/', 'pay guidance')),
          paragraph(text(long)),
          paragraph(link('/old-pay/', 'Pay guidance')),
        ],
        coverImage: { name: 'cover.png', alternativeText: null },
        helpAreas: [{ description: 'Fine.' }, { description: 'THIS IS VERY IMPORTANT INDEED' }],
      },
      article,
      components,
      { readingAgeTarget: 12 },
    );
    expect(review.findings.map((finding) => [finding.severity, finding.field, finding.check])).toEqual([
      ['blocks-publishing', 'Cover image', 'alt-text-missing'],
      ['warning', 'Help areas › item 2 › Description', 'capitals'],
      ['warning', 'Body', 'link-text-repeated'],
      ['warning', 'Summary', 'description-short'],
      ['warning', 'Whole entry', 'reading-age'],
    ]);
    expect(review.level?.readingAge).toBeGreaterThan(12);
  });

  it('checks the meta description in SEO rather than the summary when there is one', () => {
    const review = reviewEntry(
      { summary: 'Short.', seo: { metaDescription: 'Too short too.' } },
      article,
      components,
    );
    expect(review.findings.map((finding) => finding.field)).toEqual(['SEO › Meta description']);
  });

  it('names the field whatever in it cannot be read', () => {
    expect(() => reviewEntry({ body: [{ type: 'table', children: [] }] }, article, components)).toThrow(
      /^Body: unknown rich-text block type "table"$/,
    );
    // A paragraph without children breaks deep inside; the reason still starts with the field.
    expect(() => reviewEntry({ body: [{ type: 'paragraph' }] }, article, components)).toThrow(/^Body: \w/);
    expect(() => reviewEntry({ body: 'text' }, article, components)).toThrow(
      /^Body: rich text should be a list of blocks$/,
    );
  });

  it('fails loudly on a component the schemas do not describe', () => {
    expect(() => reviewEntry({ seo: {} }, article, {})).toThrow('SEO: unknown component "shared.seo"');
  });
});

describe('which content types are reviewed', () => {
  const published = (attributes: SchemaAttributes['attributes']): SchemaAttributes => ({
    attributes,
    options: { draftAndPublish: true },
  });

  it('reviews published types with rich or long text, also inside components, and not the others', () => {
    expect(isReviewedType(article, components)).toBe(true);
    expect(
      isReviewedType(published({ seo: { type: 'component', component: 'shared.seo' } }), components),
    ).toBe(true);
    expect(isReviewedType(published({ name: { type: 'string' }, slug: { type: 'uid' } }), components)).toBe(
      false,
    );
  });

  it('leaves out types that are never published, such as redirects with a note', () => {
    expect(
      isReviewedType({ attributes: { from: { type: 'string' }, note: { type: 'text' } } }, components),
    ).toBe(false);
  });

  it("leaves out text the CMS writes itself: a scheduled publish that failed is not the editor's prose", () => {
    const scheduled = published({ title: { type: 'string' }, scheduleProblem: { type: 'text' } });
    expect(isReviewedType(scheduled, components)).toBe(false);
    const problem = 'THE CMS COULD NOT PUBLISH THIS ENTRY AT ITS TIME BECAUSE THE TITLE IS MISSING.';
    const review = reviewEntry({ title: 'Pay', scheduleProblem: problem }, scheduled, components);
    expect(review.findings).toEqual([]);
  });
});
