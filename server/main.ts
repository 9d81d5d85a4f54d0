import { ConfigError } from './config/cluster-config.ts';
import { clustersFromEnv, serverSettingsFromEnv } from './config/lantern-config.ts';
import { createRedactingLogger } from './logging/redacting-logger.ts';
import { startLanternServer } from './start-lantern-server.ts';

// `npm run serve`: the production build against real clusters from the environment or LANTERN_CONFIG.
// See docs/configuration.md.

async function main(): Promise<void> {
  const logger = createRedactingLogger();
  let settings;
  let clusters;
  try {
    settings = serverSettingsFromEnv(process.env);
    clusters = clustersFromEnv(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`lantern: configuration error: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const server = await startLanternServer({
    clusters,
    spa: { kind: 'dist', dir: settings.dist },
    logger,
    upstreamTimeoutMs: settings.upstreamTimeoutMs,
    port: settings.port,
    host: settings.host,
    allowedHosts: settings.allowedHosts,
    sessionKeys: settings.sessionKeys,
    sessionLifetimeMs: settings.sessionLifetimeMs,
    peers: settings.peers,
  });
  if (!settings.sessionKeys) {
    logger.warn(
      'LANTERN_SESSION_KEY is not set: client-credentials sessions are sealed with a random key, so they work on ' +
        'this process only and end when it restarts (see docs/configuration.md, several replicas)',
    );
  }
  logger.info(
    `Lantern is listening on ${server.url} (${clusters.length} cluster(s): ${clusters.map((c) => c.id).join(', ')})`,
  );
  process.stdout.write(`\n  Lantern: ${server.url}\n\n`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`lantern: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
