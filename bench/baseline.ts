import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '@guildhall/launch/cms-build';
import { generatedArticle } from '../tests/helpers/generated-content';
import { measure, type RunResult } from './measure';

// The comparison the benchmark exists for: the same articles as local Markdown in
// a plain Astro content collection, styled by the site's own Tailwind theme.

interface Node {
  type: string;
  text?: string;
  url?: string;
  level?: number;
  format?: string;
  children?: Node[];
}

const inline = (nodes: Node[] = []): string =>
  nodes
    .map((node) => (node.type === 'link' ? `[${inline(node.children)}](${node.url})` : (node.text ?? '')))
    .join('');

function markdown(blocks: Node[]): string {
  return blocks
    .map((block) => {
      if (block.type === 'heading') return `${'#'.repeat(block.level ?? 2)} ${inline(block.children)}`;
      if (block.type === 'quote') return `> ${inline(block.children)}`;
      if (block.type === 'list') {
        return (block.children ?? [])
          .map(
            (item, index) => `${block.format === 'ordered' ? `${index + 1}.` : '-'} ${inline(item.children)}`,
          )
          .join('\n');
      }
      return inline(block.children);
    })
    .join('\n\n');
}

const files: Record<string, string> = {
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import tailwind from '@astrojs/tailwind';
export default defineConfig({ trailingSlash: 'always', build: { format: 'directory', inlineStylesheets: 'auto' }, integrations: [tailwind({ applyBaseStyles: false })] });
`,
  'tailwind.config.mjs': `import site from '${path.join(repoRoot, 'site', 'tailwind.config.mjs')}';
export default { ...site, content: ['./src/**/*.{astro,md}'] };
`,
  'src/content.config.ts': `import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { articles: defineCollection({ loader: glob({ pattern: '*.md', base: './src/content/articles' }), schema: z.object({ title: z.string(), summary: z.string(), firstPublished: z.string() }) }) };
`,
  'src/layouts/Layout.astro': `---
import '${path.join(repoRoot, 'site', 'src', 'styles', 'global.css')}';
const { title } = Astro.props;
---
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{title}</title></head>
<body class="bg-white text-ink"><a href="#main" class="sr-only focus:not-sr-only">Skip to main content</a>
<header class="bg-brand-dark text-white"><div class="mx-auto max-w-5xl px-4 py-4"><a href="/" class="font-bold underline">National Union of School Leaders</a></div></header>
<main id="main" class="mx-auto max-w-5xl px-4 py-8"><slot /></main>
<footer class="bg-brand-dark text-white"><div class="mx-auto max-w-5xl px-4 py-8">Footer</div></footer></body></html>
`,
  'src/pages/news/[slug].astro': `---
import { getCollection, render } from 'astro:content';
import Layout from '../../layouts/Layout.astro';
export async function getStaticPaths() { return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } })); }
const { entry } = Astro.props; const { Content } = await render(entry);
---
<Layout title={entry.data.title}><h1 class="text-3xl font-bold">{entry.data.title}</h1><p class="text-lg">{entry.data.summary}</p>
<p>First published <time datetime={entry.data.firstPublished}>{entry.data.firstPublished}</time></p><div class="prose max-w-3xl"><Content /></div></Layout>
`,
  'src/pages/news/[...page].astro': `---
import { getCollection } from 'astro:content';
import Layout from '../../layouts/Layout.astro';
export async function getStaticPaths({ paginate }) { const all = (await getCollection('articles')).sort((a, b) => b.data.firstPublished.localeCompare(a.data.firstPublished)); return paginate(all, { pageSize: 10 }); }
const { page } = Astro.props;
---
<Layout title="News"><h1 class="text-3xl font-bold">News</h1><ul>{page.data.map((entry) => <li><a href={'/news/' + entry.id + '/'}>{entry.data.title}</a><p>{entry.data.summary}</p></li>)}</ul></Layout>
`,
};

/** Builds the Markdown baseline with N articles; returns its time and peak memory. */
export function buildBaseline(count: number, runId: string): Promise<RunResult & { dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), `guildhall-baseline-${count}-`));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  symlinkSync(path.join(repoRoot, 'site', 'node_modules'), path.join(dir, 'node_modules'));
  mkdirSync(path.join(dir, 'src', 'content', 'articles'), { recursive: true });
  for (let index = 0; index < count; index += 1) {
    const article = generatedArticle(index, runId);
    const front = `---\ntitle: ${JSON.stringify(article.title)}\nsummary: ${JSON.stringify(article.summary)}\nfirstPublished: "${article.firstPublished}"\n---\n\n`;
    writeFileSync(
      path.join(dir, 'src', 'content', 'articles', `${article.slug}.md`),
      front + markdown(article.body as Node[]),
    );
  }
  return measure(
    `${path.join(repoRoot, 'site', 'node_modules', '.bin', 'astro')} build --root ${dir}`,
    dir,
    process.env,
  ).then((result) => ({ ...result, dir }));
}
