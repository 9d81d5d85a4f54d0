import { hashKey, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useState } from 'react';

export interface RequestCancel {
  /** The user cancelled the current request of this query key and has not asked to retry yet. */
  cancelled: boolean;
  /** Aborts the query's request (its AbortSignal reaches fetch) and restores its previous state. */
  cancel: () => void;
  /** Forgets the cancellation; call before refetching. */
  resume: () => void;
}

/**
 * Cancelling a query of this key. The flag belongs to the key, so a new filter (a new key)
 * starts uncancelled; views pause their polling while it is set.
 */
export function useRequestCancel(queryKey: QueryKey): RequestCancel {
  const queryClient = useQueryClient();
  const hash = hashKey(queryKey);
  const [cancelledHash, setCancelledHash] = useState<string | null>(null);
  return {
    cancelled: cancelledHash === hash,
    cancel: () => {
      setCancelledHash(hash);
      void queryClient.cancelQueries({ queryKey, exact: true });
    },
    resume: () => setCancelledHash(null),
  };
}
