// The site's only client-side script: runs the query in ?q= against the Pagefind
// index, so a results page is an ordinary, linkable GET of /search/?q=….

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

interface Pagefind {
  mergeIndex(bundlePath: string): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

// Pagefind's index is written after the Astro build, in parts (see site/renderer/search-index.ts),
// listed in parts.json. A variable keeps Vite from bundling Pagefind's module.
const SEARCH_INDEX = '/pagefind/';
const SHOWN = 20;

/** Pagefind, loaded from the first part of the index, with the other parts merged in. */
async function openIndex(): Promise<Pagefind> {
  const response = await fetch(`${SEARCH_INDEX}parts.json`);
  if (!response.ok) throw new Error(`The search index's list of parts answered ${response.status}.`);
  const { parts } = (await response.json()) as { parts: string[] };
  const [first, ...others] = parts.map((part) => `${SEARCH_INDEX}${part}`);
  if (!first) throw new Error('The search index lists no parts.');
  const pagefind = (await import(/* @vite-ignore */ `${first}pagefind.js`)) as Pagefind;
  for (const part of others) await pagefind.mergeIndex(part);
  return pagefind;
}

const input = document.querySelector<HTMLInputElement>('#search-query');
const statusLine = document.querySelector<HTMLElement>('#search-status');
const container = document.querySelector<HTMLElement>('#search-results');

/** Pagefind's excerpt with only its <mark> highlights kept as elements; anything else becomes text. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node instanceof HTMLElement && node.tagName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function resultItem(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'border-b-2 border-slate-300 pb-4';
  const heading = document.createElement('h2');
  heading.className = 'text-xl font-bold';
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(result.excerpt));
  item.append(heading, excerpt);
  return item;
}

async function run(query: string): Promise<void> {
  if (!statusLine || !container) return;
  statusLine.textContent = `Searching for “${query}”…`;
  try {
    const pagefind = await openIndex();
    const { results } = await pagefind.search(query);
    const shown = await Promise.all(results.slice(0, SHOWN).map((result) => result.data()));
    const count = `${results.length} result${results.length === 1 ? '' : 's'} for “${query}”`;
    statusLine.textContent = results.length > SHOWN ? `${count}. Showing the first ${SHOWN}.` : count;
    document.title = `${count} | ${document.title}`;
    const list = document.createElement('ol');
    list.className = 'mt-6 space-y-6';
    list.append(...shown.map(resultItem));
    container.replaceChildren(list);
  } catch {
    statusLine.textContent = 'Sorry, search is not working at the moment. Please try again later.';
  }
}

const query = new URLSearchParams(window.location.search).get('q')?.trim();
if (input && query) {
  input.value = query;
  void run(query);
}
