export { renderBlocks } from './render';
export { blocksToPlainText } from './plain-text';
export { RichTextError } from './errors';
export type { RenderOptions, ResolvedImage } from './context';
