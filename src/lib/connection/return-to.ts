// `returnTo` comes from the URL, so it is only ever a path inside this app (no open redirect).
export function safeReturnTo(value: string | null | undefined, clusterId: string): string {
  const fallback = `/c/${encodeURIComponent(clusterId)}/topology`;
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
  if (value.startsWith('/auth/')) return fallback;
  return value;
}
