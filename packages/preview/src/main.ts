#!/usr/bin/env tsx
// Entry point: `pnpm --filter @guildhall/preview start`.
import { ConfigError } from '@guildhall/settings';
import { loadPreviewConfig, type PreviewConfig } from './config';
import { createPreviewServer } from './server';

function configOrExit(): PreviewConfig {
  try {
    return loadPreviewConfig();
  } catch (error) {
    console.error(`preview: ${error instanceof ConfigError ? error.message : String(error)}`);
    process.exit(1);
  }
}

const config = configOrExit();
const server = createPreviewServer(config);
try {
  const port = await server.start();
  console.log(
    `preview: draft previews at http://localhost:${port} (shown inside the CMS admin at ${config.adminOrigin})`,
  );
} catch (error) {
  console.error(`preview: could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const shutdown = (signal: NodeJS.Signals) => {
  console.log(`preview: ${signal}, shutting down`);
  void server.stop().then(() => process.exit(0));
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
