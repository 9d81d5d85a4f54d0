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
