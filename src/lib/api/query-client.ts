import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error.ts';

// Retry rules (docs/decisions.md, SPA): never a 4xx (a 401 is handled by the client, a 403 goes to the
// diagnosis), back off on 429/503 honouring Retry-After up to 3 times, retry network errors
// and other 5xx twice.
export const MAX_THROTTLE_RETRIES = 3;
export const MAX_FAILURE_RETRIES = 2;

function throttleError(error: unknown): ApiError | null {
  return error instanceof ApiError && (error.status === 429 || error.status === 503) ? error : null;
}

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.kind === 'invalid-response') return false;
  if (throttleError(error)) return failureCount < MAX_THROTTLE_RETRIES;
  if (error.status >= 400 && error.status < 500) return false;
  return failureCount < MAX_FAILURE_RETRIES;
}

/** Milliseconds before the next attempt: Retry-After when the server said so, else exponential. */
export function retryDelay(failureCount: number, error: unknown): number {
  const throttle = throttleError(error);
  if (throttle?.retryAfterSeconds != null) return Math.min(throttle.retryAfterSeconds, 60) * 1000;
  return Math.min(1000 * 2 ** failureCount, 10_000);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  });
}
