import { SEVERITY_LABEL, SEVERITY_ORDER, describeFinding } from '@guildhall/editorial';
import type { ContentReport, ReportEntry } from './report';

// The report as plain text for the terminal (`pnpm content:report`).

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const countsLine = (entry: ReportEntry) =>
  SEVERITY_ORDER.filter((severity) => entry.counts[severity] > 0)
    .map((severity) => `${entry.counts[severity]} × ${SEVERITY_LABEL[severity].toLowerCase()}`)
    .join(', ');

export function formatReport(report: ContentReport, adminUrl: string): string {
  const lines = [
    `Readability and accessibility: ${plural(report.entries.length, 'published entry', 'published entries')} ` +
      `with findings, of ${report.entriesChecked} checked (target reading age ${report.readingAgeTarget}).`,
  ];
  for (const entry of report.entries) {
    const age = entry.level ? `; reading age ${entry.level.readingAge}` : '';
    const summary =
      entry.notChecked === undefined
        ? `${countsLine(entry)}${age}`
        : `could not be checked: ${entry.notChecked}`;
    lines.push('', `${entry.contentType} "${entry.title}": ${summary}`);
    lines.push(`  ${new URL(entry.editPath, adminUrl).href}`);
    for (const finding of entry.findings)
      lines.push(`  - [${SEVERITY_LABEL[finding.severity]}] ${describeFinding(finding)}`);
  }
  return lines.join('\n');
}
