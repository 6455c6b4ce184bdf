import { ConfigError, loadConfig } from './config';
import { startRebuilder } from './server';

try {
  const config = loadConfig();
  const running = await startRebuilder(config);
  console.log(
    `rebuilder: live site at http://localhost:${running.port} (status: /status, webhook: POST /webhook)`,
  );
  const shutdown = () => void running.stop().then(() => process.exit(0));
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
} catch (error) {
  console.error(`rebuilder: ${error instanceof ConfigError ? error.message : String(error)}`);
  process.exit(1);
}
