export { renderBlocks } from './render';
export { blocksToPlainText } from './plain-text';
export { RichTextError } from './errors';
export { escapeHtml } from './escape';
export type { RenderOptions, ResolvedImage } from './context';
