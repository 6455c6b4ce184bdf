export { loadPreviewConfig, type PreviewConfig } from './config';
export { createPreviewServer, type PreviewServer } from './server';
