import type { CodeBlock } from '@guildhall/content/blocks';
import { escapeHtml } from '../escape';

export function renderCode(block: CodeBlock): string {
  const language = block.language && /^[a-z0-9+#-]+$/i.test(block.language) ? block.language : null;
  const code = escapeHtml(block.children.map((child) => child.text).join(''));
  return `<pre><code${language ? ` class="language-${language}"` : ''}>${code}</code></pre>`;
}
