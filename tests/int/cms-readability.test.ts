import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmsDir } from '@guildhall/launch/cms-build';
import type { ContentReport } from '../../cms/src/readability/report';
import { AdminApi } from '../helpers/admin-api';
import { runWithStrapi, startCms, type RunningCms } from '../helpers/cms';

const run = promisify(execFile);
const ARTICLE = 'api::article.article';

const text = (value: string) => ({ type: 'text', text: value });
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children });
const link = (url: string, label: string) => ({ type: 'link', url, children: [text(label)] });

let counter = 0;
const article = (body: unknown[]) => {
  counter += 1;
  return {
    title: `Readability check ${counter}`,
    slug: `readability-check-${counter}`,
    summary: 'What the 2025 pay award means for school leaders, and what to do next.',
    body,
    firstPublished: '2026-01-15',
  };
};

const longSentence =
  'Leaders who are unsure whether the new arrangements apply to them should speak to their governing board, ' +
  'their local authority and their union adviser before they sign anything at all this term.';

describe('readability and accessibility rules in a real CMS', () => {
  let cms: RunningCms;
  let admin: AdminApi;
  beforeAll(async () => {
    cms = await startCms();
    admin = await AdminApi.login(cms.url);
  });
  afterAll(async () => {
    await cms?.stop();
  });

  it('refuses to publish an article whose only link says "click here", naming the field and the text', async () => {
    const response = await admin.createPublished(
      ARTICLE,
      article([paragraph(text('To read the guidance, '), link('/pay/', 'click here'), text('.'))]),
    );
    expect(response.status).toBe(400);
    expect(response.body.error?.name).toBe('ValidationError');
    expect(response.body.error?.message).toContain(
      'Body, paragraph 1: the link text does not say where the link goes ("click here")',
    );
    // The admin shows each error under the field its path names.
    expect(response.body.error?.details).toEqual({
      errors: [
        {
          path: ['body'],
          message: expect.stringContaining('Body, paragraph 1: the link text does not say where'),
          name: 'ValidationError',
        },
      ],
    });
  });

  it('publishes the same article when the link says where it goes', async () => {
    const response = await admin.createPublished(
      ARTICLE,
      article([paragraph(text('Read '), link('/pay/', 'the 2025 pay guidance'), text('.'))]),
    );
    expect(response.status).toBe(200);
  });

  it('saves a draft with problems, then refuses to publish it until they are fixed', async () => {
    const draft = await admin.createDraft(
      ARTICLE,
      article([{ type: 'heading', level: 2, children: [text('')] }, paragraph(link('/pay/', 'here'))]),
    );
    expect(draft.status).toBe(201);
    const { documentId } = draft.body.data;

    const refused = await admin.publish(ARTICLE, documentId);
    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toContain('Body, heading 1: the heading has no text');
    expect(refused.body.error?.message).toContain('("here")');
    // One message for the field, as the admin shows one under it, with both problems in it.
    const { errors } = refused.body.error?.details as { errors: { path: string[]; message: string }[] };
    expect(errors.map((error) => error.path)).toEqual([['body']]);
    expect(errors[0]?.message).toContain('Body, heading 1: the heading has no text');
    expect(errors[0]?.message).toContain('("here")');

    const fixed = [
      { type: 'heading', level: 2, children: [text('Pay')] },
      paragraph(link('/pay/', 'the pay guidance')),
    ];
    expect((await admin.update(ARTICLE, documentId, { body: fixed })).status).toBe(200);
    expect((await admin.publish(ARTICLE, documentId)).status).toBe(200);
  });

  it('never blocks publishing for advice, such as a long sentence', async () => {
    const response = await admin.createPublished(ARTICLE, article([paragraph(text(longSentence))]));
    expect(response.status).toBe(200);
  });

  it('shows the report only to signed-in admin users', async () => {
    expect((await fetch(`${cms.url}/readability/report`)).status).toBe(401);
    const siteToken = await fetch(`${cms.url}/readability/report`, {
      headers: { Authorization: `Bearer ${cms.token()}` },
    });
    expect(siteToken.status).toBe(401);
  });

  it('reports published entries with warnings, worst first, and nothing in the demo content blocks publishing', async () => {
    const { status, body: report } = await admin.request<ContentReport>('GET', '/readability/report');
    expect(status).toBe(200);
    expect(report.readingAgeTarget).toBe(12);
    const withLongSentence = report.entries.find((entry) =>
      entry.findings.some(
        (finding) =>
          finding.check === 'sentence-long' && longSentence.startsWith(finding.text.replace('…', '')),
      ),
    );
    expect(withLongSentence?.contentType).toBe('Article');
    expect(withLongSentence?.editPath).toBe(
      `/admin/content-manager/collection-types/${ARTICLE}/${withLongSentence?.documentId}`,
    );

    const weights = report.entries.map((entry) => [
      entry.counts['blocks-publishing'],
      entry.counts['strong-warning'],
      entry.counts.warning,
    ]);
    const sorted = [...weights].sort((a, b) => b[0]! - a[0]! || b[1]! - a[1]! || b[2]! - a[2]!);
    expect(weights).toEqual(sorted);

    const blocking = report.entries.flatMap((entry) =>
      entry.findings
        .filter((finding) => finding.severity === 'blocks-publishing')
        .map((finding) => `${entry.title}: ${finding.field}`),
    );
    expect(blocking).toEqual([]);
    expect(report.entriesChecked).toBeGreaterThan(20);
  });

  const report = (...args: string[]) =>
    run('node', [path.join(cmsDir, 'scripts', 'content-report.mjs'), ...args], {
      cwd: cmsDir,
      env: cms.env,
      timeout: 180_000,
    });

  it('prints the same list with pnpm content:report, as text and as JSON, read a page at a time', async () => {
    const { body: fromAdmin } = await admin.request<ContentReport>('GET', '/readability/report');
    await cms.pause();

    const { stdout } = await report();
    expect(stdout).toMatch(
      /^Readability and accessibility: \d+ published entr(y|ies) with findings, of \d+ checked/,
    );
    expect(stdout).toContain(`Article "Readability check 4"`);
    expect(stdout).toContain('this sentence has 32 words');

    // Two entries a page: the same entries, none skipped or repeated, as the admin's one page of 100.
    const json = JSON.parse((await report('--json', '--page-size=2')).stdout) as ContentReport;
    const listed = (list: ContentReport) => list.entries.map((entry) => entry.documentId);
    expect(fromAdmin.entriesChecked).toBeGreaterThan(4);
    expect(json.entriesChecked).toBe(fromAdmin.entriesChecked);
    expect(listed(json)).toEqual(listed(fromAdmin));
  });

  it('lists an entry it cannot read as its own row, naming the field, and still checks the rest', async () => {
    await cms.pause();
    const before = JSON.parse((await report('--json')).stdout) as ContentReport;
    // Strapi's Document Service refuses a block type it does not know, but its Query Engine,
    // which migrations, imports and plugins write through, stores whatever it is given:
    // here a "table" block, as a later Strapi or a plugin might write.
    await runWithStrapi(
      cms,
      `
      const articles = strapi.db.query(${JSON.stringify(ARTICLE)});
      const rows = await articles.findMany({ where: { slug: 'readability-check-2', publishedAt: { $notNull: true } } });
      if (rows.length !== 1) throw new Error('expected one published row, found ' + rows.length);
      const body = [...rows[0].body, { type: 'table', children: [] }];
      await articles.update({ where: { id: rows[0].id }, data: { body } });
      `,
    );
    const reason = 'Body: unknown rich-text block type "table"';

    const { stdout } = await report();
    expect(stdout).toContain(`Article "Readability check 2": could not be checked: ${reason}`);
    const json = JSON.parse((await report('--json', '--page-size=2')).stdout) as ContentReport;
    expect(json.entries[0]).toMatchObject({ title: 'Readability check 2', notChecked: reason, findings: [] });
    expect(json.entriesChecked).toBe(before.entriesChecked);
    expect(json.entries.slice(1).map((entry) => entry.documentId)).toEqual(
      before.entries.map((entry) => entry.documentId),
    );

    await cms.restart();
    const { status, body: fromAdmin } = await admin.request<ContentReport>('GET', '/readability/report');
    expect(status).toBe(200);
    expect(fromAdmin.entries[0]).toMatchObject({ title: 'Readability check 2', notChecked: reason });
    expect(fromAdmin.entries.length).toBe(before.entries.length + 1);
  });
});
