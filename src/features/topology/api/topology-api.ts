import * as z from 'zod/mini';
import { apiRequest } from '../../../lib/api/api-client.ts';

// Written against 8.8 / 8.9 / 8.10 (docs/camunda-api/versions.md §1): `clusterId` is 8.9+, `brokerId` and the
// partition `state` are 8.10. Enum-like fields stay plain strings so a value a newer cluster
// invents is shown as-is instead of failing the whole view.
const partitionSchema = z.object({
  partitionId: z.number(),
  role: z.string(),
  health: z.string(),
  state: z.optional(z.nullable(z.string())),
});

const brokerSchema = z.object({
  nodeId: z.number(),
  brokerId: z.optional(z.nullable(z.string())),
  host: z.string(),
  port: z.number(),
  version: z.string(),
  partitions: z.array(partitionSchema),
});

export const topologySchema = z.object({
  brokers: z.array(brokerSchema),
  clusterId: z.optional(z.nullable(z.string())),
  clusterSize: z.number(),
  partitionsCount: z.number(),
  replicationFactor: z.number(),
  gatewayVersion: z.string(),
  lastCompletedChangeId: z.optional(z.nullable(z.union([z.string(), z.number()]))),
});

export type Topology = z.infer<typeof topologySchema>;
export type BrokerInfo = z.infer<typeof brokerSchema>;
export type PartitionInfo = z.infer<typeof partitionSchema>;

export function fetchTopology(clusterId: string, signal?: AbortSignal): Promise<Topology> {
  return apiRequest<Topology>(clusterId, { path: '/v2/topology', schema: topologySchema, signal });
}
