import { SEVERITY_LABEL, type Finding, type Severity } from '@guildhall/editorial';

// One finding per item: how serious, where it is, what is wrong and how to fix it.
// Shared by the edit view's panel and the report page, so both read the same.

const severityColours: Record<Severity, string> = {
  'blocks-publishing': '#b72b1a',
  'strong-warning': '#8a4b00',
  warning: '#4945ff',
};

export function FindingList({ findings }: { findings: readonly Finding[] }) {
  return (
    <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12 }}>
      {findings.map((finding, index) => (
        <li
          key={`${finding.check}-${finding.field}-${finding.where ?? ''}-${index}`}
          data-severity={finding.severity}
          data-check={finding.check}
          style={{
            borderLeft: `4px solid ${severityColours[finding.severity]}`,
            paddingLeft: 8,
            fontSize: 13,
          }}
        >
          <p style={{ fontWeight: 600, color: severityColours[finding.severity] }}>
            {SEVERITY_LABEL[finding.severity]}
          </p>
          <p style={{ fontWeight: 600 }}>
            {finding.field}
            {finding.where ? `, ${finding.where}` : ''}
          </p>
          <p>
            {finding.problem[0]?.toUpperCase()}
            {finding.problem.slice(1)}: “{finding.text}”
          </p>
          <p>{finding.fix}</p>
        </li>
      ))}
    </ul>
  );
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "1 must fix before publishing, 2 advice" */
export function summarise(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No problems found.';
  const blocking = findings.filter((finding) => finding.severity === 'blocks-publishing').length;
  const rest = findings.length - blocking;
  return [
    blocking ? `${plural(blocking, 'problem', 'problems')} to fix before publishing` : '',
    rest ? plural(rest, 'suggestion', 'suggestions') : '',
  ]
    .filter(Boolean)
    .join(', ');
}
