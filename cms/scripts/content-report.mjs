#!/usr/bin/env node
// `pnpm content:report`: every published entry with readability or accessibility
// findings, worst first, for cleaning up old content. Reads only; `--json` for tools;
// `--page-size=N` reads N entries at a time (100 unless set).
import { loadStrapi } from './load-strapi.mjs';
import { localUrl } from '@guildhall/settings/defaults';

// Strapi logs to stdout while it loads; only the report goes there (so `--json` parses).
const writeReport = process.stdout.write.bind(process.stdout);
process.stdout.write = process.stderr.write.bind(process.stderr);

const pageSizeArgument = process.argv.find((argument) => argument.startsWith('--page-size='));
const pageSize = pageSizeArgument ? Number(pageSizeArgument.slice('--page-size='.length)) : undefined;

const { strapi, requireCompiled } = await loadStrapi();
try {
  const { buildContentReport } = requireCompiled('src/readability/report');
  const { formatReport } = requireCompiled('src/readability/format');
  const report = await buildContentReport(strapi, { pageSize });
  const adminUrl = strapi.config.get('server.url') || localUrl('cms', strapi.config.get('server.port'));
  const json = process.argv.includes('--json');
  writeReport(`${json ? JSON.stringify(report, null, 2) : formatReport(report, adminUrl)}\n`);
} finally {
  await strapi.destroy();
}
