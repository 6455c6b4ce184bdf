import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSnapshot, readContentSnapshot } from './snapshot';
import type { SiteContent } from './site-content';

const entry = (slug: string, title: string) => ({
  documentId: `doc-${slug}`,
  slug,
  title,
  note: 'Café — “quoted”',
});

const content = (articles: object[]) =>
  ({
    siteSetting: { siteName: 'Guildhall', tagline: undefined },
    membershipCategories: [],
    articles,
    campaignBriefings: [entry('fair-funding', 'Fair funding')],
    topics: [{ slug: 'pay', name: 'Pay' }],
    authors: [],
    redirects: [],
  }) as unknown as SiteContent;

describe('the content snapshot', () => {
  it('is the JSON of the content, and reads back as it', async () => {
    const snapshot = content([entry('pay-award', 'Pay award'), entry('ofsted', 'Ofsted')]);
    const bytes = Buffer.concat(contentSnapshot(snapshot));
    expect(bytes.toString()).toBe(JSON.stringify(snapshot));
    const dir = mkdtempSync(path.join(tmpdir(), 'snapshot-'));
    try {
      writeFileSync(path.join(dir, 'content.json'), bytes);
      expect(await readContentSnapshot(path.join(dir, 'content.json'))).toEqual(
        JSON.parse(JSON.stringify(snapshot)),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('encodes an entry read again anew, beside the entries kept from the round before', () => {
    const kept = entry('pay-award', 'Pay award');
    expect(Buffer.concat(contentSnapshot(content([kept, entry('ofsted', 'Ofsted')]))).toString()).toContain(
      '"Ofsted"',
    );
    const next = content([kept, entry('ofsted', 'Ofsted inspections')]);
    expect(Buffer.concat(contentSnapshot(next)).toString()).toBe(JSON.stringify(next));
  });
});
