#!/usr/bin/env tsx
// Entry point: `pnpm --filter @guildhall/rebuilder start`.
import { ConfigError, loadConfig, type RebuilderConfig } from './config';
import { createRebuilder } from './server';

function configOrExit(): RebuilderConfig {
  try {
    return loadConfig();
  } catch (error) {
    console.error(`rebuilder: ${error instanceof ConfigError ? error.message : String(error)}`);
    process.exit(1);
  }
}

const rebuilder = createRebuilder(configOrExit());
try {
  const { port, statusPort } = await rebuilder.start();
  console.log(`rebuilder: Live site at http://localhost:${port}`);
  console.log(
    `rebuilder: Status at http://localhost:${statusPort}/status (webhook: POST /webhook; not for the public)`,
  );
} catch (error) {
  console.error(`rebuilder: could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

let signalled = false;
const shutdown = (signal: NodeJS.Signals) => {
  // A second Ctrl+C means "now": do not wait for connections to drain.
  if (signalled) process.exit(1);
  signalled = true;
  console.log(`rebuilder: ${signal}, shutting down`);
  void rebuilder.stop().then(() => process.exit(0));
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
