// The one reader of `POST …/search` endpoints that must be read to the end: the caller snapshot,
// the diagnosis directory and the audit. Cursors (`page.after` = the last `endCursor`) spare the
// cluster skipping offsets again on every page (docs/camunda-api/endpoints.md §1); through the one
// API client, so every page is in the request log and every failure an ApiError.
import * as z from 'zod/mini';
import { apiRequest } from './api-client.ts';

export const pageSchema = z.looseObject({
  items: z.optional(z.nullable(z.array(z.unknown()))),
  page: z.optional(
    z.nullable(
      z.looseObject({
        totalItems: z.optional(z.nullable(z.number())),
        hasMoreTotalItems: z.optional(z.nullable(z.boolean())),
        endCursor: z.optional(z.nullable(z.string())),
      }),
    ),
  ),
});

export const PAGE_LIMIT = 1000;
/** The cap unless a caller asks for more: 10,000 items are plenty for anything but the audit. */
const DEFAULT_MAX_PAGES = 10;

export interface PageProgress {
  path: string;
  read: number;
  total: number | null;
}

export interface SearchAllOptions {
  signal?: AbortSignal | undefined;
  onPage?: ((progress: PageProgress) => void) | undefined;
  /** Pages read at most; what lies beyond is silently left out. */
  maxPages?: number | undefined;
}

/**
 * Every item of a search, following `endCursor`. An 8.8 cluster may leave the cursor out; a full
 * page without one continues with offsets (a fresh request, so the two are never mixed). Items the
 * schema rejects are skipped, not fatal.
 */
export async function searchAll<T>(
  clusterId: string,
  path: string,
  item: z.ZodMiniType<T>,
  options: SearchAllOptions = {},
): Promise<T[]> {
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const out: T[] = [];
  let after: string | null = null;
  let useOffsets = false;
  let seen = 0;
  for (let page = 0; page < maxPages; page++) {
    const pageRequest: Record<string, unknown> = useOffsets
      ? { from: seen, limit: PAGE_LIMIT }
      : after === null
        ? { limit: PAGE_LIMIT }
        : { limit: PAGE_LIMIT, after };
    const body = await apiRequest(clusterId, {
      method: 'POST',
      path,
      body: { page: pageRequest },
      schema: pageSchema,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    const items = body.items ?? [];
    seen += items.length;
    for (const raw of items) {
      const parsed = item.safeParse(raw);
      if (parsed.success) out.push(parsed.data);
    }
    const total = body.page?.totalItems ?? null;
    options.onPage?.({ path, read: seen, total });
    if (items.length < PAGE_LIMIT || (total !== null && seen >= total)) break;
    after = body.page?.endCursor ?? null;
    if (after === null) useOffsets = true;
  }
  return out;
}

/** An item reduced to one string field, e.g. the `roleId`s of a group's role search. */
export const idItem = (field: string) =>
  z.pipe(
    z.looseObject({ [field]: z.string() }),
    z.transform((v) => String((v as Record<string, unknown>)[field])),
  );
