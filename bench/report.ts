import type { DriftResult } from './drift';
import type { PageWeight } from './page-weights';
import { describeTally, type RoundTally } from './rounds';

export interface SizeResult {
  count: number;
  fetchMs: number;
  graphqlRequests: number;
  buildMs: number;
  buildPeakBytes: number;
  baselineMs: number;
  baselinePeakBytes: number;
  /** From the CMS publish call returning to the new page being served. */
  publishP50Ms: number;
  publishP95Ms: number;
  /** From the unpublish or delete call returning to the page answering 404 and being gone from every listing, RSS, the sitemap and search. */
  unpublishP50Ms: number;
  unpublishP95Ms: number;
  deleteP50Ms: number;
  deleteP95Ms: number;
  /** Both kinds of take-down, until gone from the page, listings, RSS and the sitemap (search aside). */
  takeDownPagesP50Ms: number;
  takeDownPagesP95Ms: number;
  /** The rounds those publishes and take-downs ran as. */
  editingRounds: RoundTally;
  /** Null where not measured (above 1,000 articles). */
  drift: DriftResult | null;
  weights: PageWeight[];
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const verdict = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : 'NOT met');

const within = (what: string, p50: number | undefined, p95: number | undefined): string[] => [
  `${what} p50 ≤ 2 s, p95 ≤ 3 s at 1,000 articles`,
  p50 === undefined || p95 === undefined ? '—' : `p50 ${seconds(p50)}, p95 ${seconds(p95)}`,
  verdict(p50 === undefined || p95 === undefined ? null : p50 <= 2000 && p95 <= 3000),
];

function targets(results: SizeResult[]): string[][] {
  const at = (count: number) => results.find((result) => result.count === count);
  const thousand = at(1000);
  const tenThousand = at(10_000);
  const articles = results.flatMap((result) =>
    result.weights.filter((weight) => weight.page.startsWith('/news/') && weight.page !== '/news/'),
  );
  return [
    [
      'build of 1,000 articles ≤ 1.3× the Markdown baseline',
      thousand ? `${(thousand.buildMs / thousand.baselineMs).toFixed(2)}×` : '—',
      verdict(thousand ? thousand.buildMs <= 1.3 * thousand.baselineMs : null),
    ],
    within('publish-to-live', thousand?.publishP50Ms, thousand?.publishP95Ms),
    within('unpublish-to-gone', thousand?.unpublishP50Ms, thousand?.unpublishP95Ms),
    within('delete-to-gone', thousand?.deleteP50Ms, thousand?.deleteP95Ms),
    [
      'publish-to-live p50 at 10,000 articles ≤ 1.25× the 1,000 figure',
      thousand && tenThousand ? `${(tenThousand.publishP50Ms / thousand.publishP50Ms).toFixed(2)}×` : '—',
      verdict(thousand && tenThousand ? tenThousand.publishP50Ms <= 1.25 * thousand.publishP50Ms : null),
    ],
    [
      'unpublish-to-gone p50 at 10,000 articles ≤ 1.25× the 1,000 figure',
      thousand && tenThousand ? `${(tenThousand.unpublishP50Ms / thousand.unpublishP50Ms).toFixed(2)}×` : '—',
      verdict(thousand && tenThousand ? tenThousand.unpublishP50Ms <= 1.25 * thousand.unpublishP50Ms : null),
    ],
    [
      'drift 0 at 1,000 articles (after incremental changes, a full build gives the same files)',
      thousand?.drift ? String(thousand.drift.drift) : '—',
      verdict(thousand?.drift ? thousand.drift.drift === 0 : null),
    ],
    [
      'peak build memory ≤ 1 GiB at 10,000 articles',
      tenThousand ? mib(tenThousand.buildPeakBytes) : '—',
      verdict(tenThousand ? tenThousand.buildPeakBytes <= 2 ** 30 : null),
    ],
    [
      'article pages ≤ 30 KB HTML+CSS gzipped, 0 bytes of JavaScript',
      articles.map((weight) => `${kb(weight.htmlCssGzipBytes)}, ${weight.jsBytes} B JS`).join('; ') || '—',
      verdict(
        articles.length
          ? articles.every((weight) => weight.htmlCssGzipBytes <= 30_000 && weight.jsBytes === 0)
          : null,
      ),
    ],
  ];
}

function rows(results: SizeResult[]): string[][] {
  return results.flatMap((result) => [
    [
      `${result.count} articles`,
      'content fetch',
      `${seconds(result.fetchMs)}, ${result.graphqlRequests} GraphQL requests`,
    ],
    ['', 'site build (CMS)', `${seconds(result.buildMs)}, peak ${mib(result.buildPeakBytes)}`],
    [
      '',
      'site build (Markdown baseline)',
      `${seconds(result.baselineMs)}, peak ${mib(result.baselinePeakBytes)}`,
    ],
    [
      '',
      'CMS / baseline',
      `${(result.buildMs / result.baselineMs).toFixed(2)}× time, ${(result.buildPeakBytes / result.baselinePeakBytes).toFixed(2)}× memory`,
    ],
    ['', 'publish to live', `p50 ${seconds(result.publishP50Ms)}, p95 ${seconds(result.publishP95Ms)}`],
    ['', 'unpublish to gone', `p50 ${seconds(result.unpublishP50Ms)}, p95 ${seconds(result.unpublishP95Ms)}`],
    ['', 'delete to gone', `p50 ${seconds(result.deleteP50Ms)}, p95 ${seconds(result.deleteP95Ms)}`],
    [
      '',
      'take-down to gone, search aside',
      `p50 ${seconds(result.takeDownPagesP50Ms)}, p95 ${seconds(result.takeDownPagesP95Ms)}`,
    ],
    ['', 'rounds for those changes', describeTally(result.editingRounds)],
    [
      '',
      'drift after incremental changes',
      result.drift
        ? `${result.drift.drift} files (rounds: ${describeTally(result.drift.rounds)})` +
          (result.drift.examples.length ? `; ${result.drift.examples.join('; ')}` : '')
        : 'not measured',
    ],
    ...result.weights.map((weight) => [
      '',
      `page ${weight.page}`,
      `${kb(weight.htmlCssBytes)} HTML+CSS (${kb(weight.htmlCssGzipBytes)} gzip), ${weight.jsBytes} B JS`,
    ]),
  ]);
}

const markdownTable = (header: string[], body: string[][]) =>
  [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...body.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

export function report(results: SizeResult[]): { table: string; markdown: string } {
  const figures = markdownTable(['size', 'measure', 'result'], rows(results));
  const goals = markdownTable(['target', 'measured', 'status'], targets(results));
  const markdown = `${figures}\n\n${goals}\n`;
  return { table: markdown, markdown };
}
