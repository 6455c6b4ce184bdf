import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import type { ContentReport } from '../../readability/report';
import { FindingList, summarise } from './FindingList';

// Admin page: every published entry with findings, worst first (the same list as
// `pnpm content:report`), each linked to its edit view.

export default function ReportPage() {
  const { get } = useFetchClient();
  const [report, setReport] = useState<ContentReport | Error | null>(null);

  useEffect(() => {
    get<ContentReport>('/readability/report')
      .then(({ data }) => setReport(data))
      .catch((error: unknown) => setReport(error instanceof Error ? error : new Error(String(error))));
  }, [get]);

  const subtitle =
    report && !(report instanceof Error)
      ? `${report.entries.length} of ${report.entriesChecked} published entries have findings, worst first. Target reading age: ${report.readingAgeTarget}.`
      : 'Published entries with accessibility or plain-English findings, worst first.';

  return (
    <Page.Main>
      <Page.Title>Readability report</Page.Title>
      <Layouts.Header title="Readability and accessibility report" subtitle={subtitle} />
      <Layouts.Content>
        {report === null && <p role="status">Checking every published entry…</p>}
        {report instanceof Error && <p role="alert">The report could not be made: {report.message}</p>}
        {report && !(report instanceof Error) && (
          <ol
            data-testid="readability-report"
            style={{ listStyle: 'none', padding: 0, display: 'grid', gap: 24 }}
          >
            {report.entries.map((entry) => (
              <li key={`${entry.uid}/${entry.documentId}`} style={{ background: 'inherit' }}>
                <h2 style={{ fontSize: 18, fontWeight: 600 }}>
                  <Link to={entry.editPath.replace(/^\/admin/, '')}>
                    {entry.contentType}: {entry.title}
                  </Link>
                </h2>
                <p style={{ margin: '4px 0 12px', fontSize: 14 }}>
                  {entry.notChecked === undefined
                    ? `${summarise(entry.findings)}${entry.level ? ` Reading age about ${entry.level.readingAge}.` : ''}`
                    : `Could not be checked: ${entry.notChecked}`}
                </p>
                <FindingList findings={entry.findings} />
              </li>
            ))}
          </ol>
        )}
      </Layouts.Content>
    </Page.Main>
  );
}
