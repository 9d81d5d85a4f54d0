import { readFileSync } from 'node:fs';
import { type SessionKeys, parseSessionKeys } from '../auth/session-seal.ts';
import { type AllowedHosts, defaultAllowedHosts } from '../http/host-check.ts';
import { type ClusterConfig, ConfigError, checkHttpUrl } from './cluster-config.ts';
import { parseConfigFile } from './config-file.ts';
import { clusterFromEnv } from './env-config.ts';

export interface ServerSettings {
  port: number;
  host: string;
  /** Directory of the production build. */
  dist: string;
  upstreamTimeoutMs: number;
  /** Host names answered (DNS-rebinding guard); a public bind without LANTERN_ALLOWED_HOSTS is an error. */
  allowedHosts: AllowedHosts;
  /** null = a random key per process: sessions work on this one replica only and end with it. */
  sessionKeys: SessionKeys | null;
  sessionLifetimeMs: number;
  /** Other replicas' base URLs, told about every sign-out. */
  peers: string[];
}

function sessionKeysFromEnv(env: NodeJS.ProcessEnv): SessionKeys | null {
  const inline = env.LANTERN_SESSION_KEY?.trim();
  const file = env.LANTERN_SESSION_KEY_FILE?.trim();
  if (inline && file) throw new ConfigError('LANTERN_SESSION_KEY_FILE: give LANTERN_SESSION_KEY or the file, not both');
  if (inline) return parseSessionKeys(inline);
  if (!file) return null;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `LANTERN_SESSION_KEY_FILE: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  return parseSessionKeys(text.split(/\r?\n/).join(','), 'LANTERN_SESSION_KEY_FILE');
}

function peersFromEnv(env: NodeJS.ProcessEnv): string[] {
  return (env.LANTERN_PEERS ?? '')
    .split(',')
    .map((peer) => peer.trim())
    .filter(Boolean)
    .map((peer) => {
      const url = new URL(checkHttpUrl(peer, 'LANTERN_PEERS'));
      if (url.pathname !== '/' || url.search || url.hash || url.username) {
        throw new ConfigError('LANTERN_PEERS: each entry is a base URL like http://lantern-1:5173, without a path');
      }
      return url.origin;
    });
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
  const host = env.LANTERN_HOST?.trim() || '127.0.0.1';
  return {
    port: integer(env, 'LANTERN_PORT', 5173, 0, 65535),
    host,
    dist: env.LANTERN_DIST?.trim() || 'dist',
    upstreamTimeoutMs: integer(env, 'LANTERN_UPSTREAM_TIMEOUT_MS', 30_000, 1, 3_600_000),
    allowedHosts: defaultAllowedHosts(host, env.LANTERN_ALLOWED_HOSTS),
    sessionKeys: sessionKeysFromEnv(env),
    sessionLifetimeMs: integer(env, 'LANTERN_SESSION_LIFETIME_MINUTES', 480, 1, 43_200) * 60_000,
    peers: peersFromEnv(env),
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
