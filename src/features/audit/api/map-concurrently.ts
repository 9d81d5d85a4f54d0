/**
 * `Promise.all(items.map(fn))` with at most `limit` calls in flight, results in the order of `items`.
 * The audit reads the members of every group, role and tenant: started all at once, a directory of a
 * few hundred containers queued hundreds of fetches in one main-thread task (over 300 ms in Chromium,
 * docs/audit.md), and a browser sends only six at a time to one origin over HTTP/1.1 anyway.
 * The first rejection rejects the whole; calls not started yet are then never started.
 */
export async function mapConcurrently<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index]!);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
