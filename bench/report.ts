import type { PageWeight } from './page-weights';

export interface SizeResult {
  count: number;
  fetchMs: number;
  graphqlRequests: number;
  buildMs: number;
  buildPeakBytes: number;
  baselineMs: number;
  baselinePeakBytes: number;
  publishP50Ms: number | null;
  publishP95Ms: number | null;
  weights: PageWeight[];
}

const seconds = (ms: number | null) => (ms === null ? 'not measured' : `${(ms / 1000).toFixed(2)} s`);
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const verdict = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : 'NOT met');

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
    [
      'publish-to-live p50 ≤ 3 s at 1,000 articles',
      seconds(thousand?.publishP50Ms ?? null),
      verdict(
        thousand?.publishP50Ms === null || thousand?.publishP50Ms === undefined
          ? null
          : thousand.publishP50Ms <= 3000,
      ),
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
