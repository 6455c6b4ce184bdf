// What every readability and accessibility check reports, and how a finding reads
// wherever it is shown: the admin panel, the publish refusal and the site-wide report.

/**
 * "blocks-publishing": the content is inaccessible as it stands (a picture without
 * alternative text, an empty heading, a link that only says "click here").
 * The others are advice and never stop an editor.
 */
export type Severity = 'blocks-publishing' | 'strong-warning' | 'warning';

export const SEVERITY_ORDER: readonly Severity[] = ['blocks-publishing', 'strong-warning', 'warning'];

export const SEVERITY_LABEL: Record<Severity, string> = {
  'blocks-publishing': 'Must fix before publishing',
  'strong-warning': 'Strongly advised',
  warning: 'Advice',
};

/** What one check says about one piece of text, before the review says where it is. */
export interface Problem {
  check: string;
  severity: Severity;
  /** The text at fault, as the editor wrote it (shortened when long). */
  text: string;
  problem: string;
  fix: string;
}

export interface Finding extends Problem {
  /** The field as the admin labels it: "Body", "Help areas › item 2 › Description". */
  field: string;
  /** Where in the field: 'paragraph 3 under "How to join"'; absent for the whole field. */
  where?: string;
}

/** At most about a dozen words, so a message quotes the text without repeating a paragraph. */
export function excerpt(text: string, maxWords = 12): string {
  const all = text.trim().split(/\s+/);
  return all.length <= maxWords ? text.trim() : `${all.slice(0, maxWords).join(' ')}…`;
}

/** 'Body, paragraph 2: the link text does not say where the link goes ("click here"). Write …' */
export function describeFinding(finding: Finding): string {
  const quoted = finding.problem.includes(`"${finding.text}"`) ? '' : ` ("${finding.text}")`;
  return `${finding.field}${finding.where ? `, ${finding.where}` : ''}: ${finding.problem}${quoted}. ${finding.fix}`;
}

export const blocksPublishing = (finding: Finding): boolean => finding.severity === 'blocks-publishing';

export const bySeverity = (a: Finding, b: Finding): number =>
  SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity);
