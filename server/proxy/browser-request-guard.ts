import type { IncomingHttpHeaders } from 'node:http';

// Which browser requests the proxy serves at all. Lantern's SPA reaches the proxy only with
// `fetch` from its own origin, which browsers send as `Sec-Fetch-Dest: empty` and
// `Sec-Fetch-Site: same-origin` (https://www.w3.org/TR/fetch-metadata/). A click on a link, a
// frame, an <img>/<script>/<object> or a request from another site is refused before anything
// is sent to a cluster: a navigation would show a cluster's answer as a page of Lantern's origin,
// and a cross-site request would write to an unprotected cluster with the user's network position.
// Clients that send no fetch metadata (curl, scripts, old browsers) are not browsers' subresources
// and pass.

export type BrowserRefusal = 'navigation' | 'subresource' | 'cross-site';

const documentDestinations = new Set(['document', 'iframe', 'frame', 'embed', 'object', 'fencedframe']);

export function refusedBrowserRequest(headers: IncomingHttpHeaders): BrowserRefusal | null {
  const mode = headers['sec-fetch-mode'];
  const dest = headers['sec-fetch-dest'];
  const site = headers['sec-fetch-site'];
  if (mode === 'navigate' || mode === 'nested-navigate') return 'navigation';
  if (dest !== undefined && documentDestinations.has(dest)) return 'navigation';
  if (dest !== undefined && dest !== 'empty') return 'subresource';
  if (site === 'cross-site' || site === 'same-site') return 'cross-site';
  return null;
}

export const browserRefusalDetail: Record<BrowserRefusal, string> = {
  navigation: 'the proxy answers Lantern’s own API calls only, never a page navigation or a frame',
  subresource: 'the proxy answers Lantern’s own API calls only, never an image, script, style or worker',
  'cross-site': 'the proxy answers requests from Lantern’s own origin only',
};
