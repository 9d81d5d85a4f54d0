import type { Response } from 'express';

// Lantern's own errors, distinguishable from a cluster's problem+json by the type prefix.
export const problemTypePrefix = 'https://lantern.invalid/problems/';

export interface LanternProblem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
}

export function sendProblem(res: Response, status: number, slug: string, title: string, detail: string): void {
  const body: LanternProblem = { type: `${problemTypePrefix}${slug}`, title, status, detail };
  res.status(status).type('application/problem+json').send(JSON.stringify(body));
}

/** The answer for a cluster id the server has no configuration for, from the API and the proxy alike. */
export function sendUnknownCluster(res: Response): void {
  sendProblem(
    res,
    404,
    'unknown-cluster',
    'Unknown cluster',
    'No cluster with this id is configured on the Lantern server.',
  );
}
