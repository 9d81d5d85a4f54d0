import { readFileSync } from 'node:fs';
import { type ClusterConfig, ConfigError } from './cluster-config.ts';
import { parseConfigFile } from './config-file.ts';
import { clusterFromEnv } from './env-config.ts';

export interface ServerSettings {
  port: number;
  host: string;
  /** Directory of the production build. */
  dist: string;
  upstreamTimeoutMs: number;
}

function integer(env: NodeJS.ProcessEnv, key: string, fallback: number, min: number, max: number): number {
  const raw = env[key];
  if (raw === undefined || raw.trim() === '') return fallback;
  const parsed = Number(raw);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    throw new ConfigError(`${key}: must be an integer between ${min} and ${max}`);
  }
  return parsed;
}

export function serverSettingsFromEnv(env: NodeJS.ProcessEnv): ServerSettings {
  return {
    port: integer(env, 'LANTERN_PORT', 5173, 0, 65535),
    host: env.LANTERN_HOST?.trim() || '127.0.0.1',
    dist: env.LANTERN_DIST?.trim() || 'dist',
    upstreamTimeoutMs: integer(env, 'LANTERN_UPSTREAM_TIMEOUT_MS', 30_000, 1, 3_600_000),
  };
}

/**
 * Clusters from LANTERN_CONFIG (a JSON file) and/or the Camunda SDK env names (one cluster).
 * Having neither is an error: a Lantern without clusters has nothing to show.
 */
export function clustersFromEnv(env: NodeJS.ProcessEnv): ClusterConfig[] {
  const clusters: ClusterConfig[] = [];
  const file = env.LANTERN_CONFIG?.trim();
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new ConfigError(
        `LANTERN_CONFIG: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
    clusters.push(...parseConfigFile(text, env));
  }
  const fromEnv = clusterFromEnv(env);
  if (fromEnv) {
    if (clusters.some((c) => c.id === fromEnv.id)) {
      throw new ConfigError(`LANTERN_CLUSTER_ID: '${fromEnv.id}' is also an id in LANTERN_CONFIG`);
    }
    clusters.push(fromEnv);
  }
  if (clusters.length === 0) {
    throw new ConfigError('CAMUNDA_REST_ADDRESS: set it (one cluster) or LANTERN_CONFIG (a file listing several)');
  }
  return clusters;
}
