import { badRequest } from './problems.ts';

// multipart/form-data as `POST /v2/deployments` receives it (RFC 7578): the parts' names, file
// names and bytes. Only what deployments need: no nested multiparts, no transfer encodings.

export interface Part {
  name: string;
  filename: string | null;
  data: Buffer;
}

function boundaryOf(contentType: string | undefined): string {
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
  const boundary = match?.[1] ?? match?.[2];
  if (!contentType?.toLowerCase().startsWith('multipart/form-data') || !boundary)
    throw badRequest("Expected a 'multipart/form-data' request with a boundary.");
  return boundary.trim();
}

function headerParam(header: string, name: string): string | null {
  const match = new RegExp(`(?:^|[;\\s])${name}="((?:[^"\\\\]|\\\\.)*)"`, 'i').exec(header);
  return match ? match[1]!.replace(/\\(.)/g, '$1') : null;
}

export function parseMultipart(body: unknown, contentType: string | undefined): Part[] {
  const boundary = boundaryOf(contentType);
  if (!Buffer.isBuffer(body)) return [];
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Part[] = [];
  let start = body.indexOf(delimiter);
  while (start >= 0) {
    const afterDelimiter = start + delimiter.length;
    if (body.subarray(afterDelimiter, afterDelimiter + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, afterDelimiter);
    if (next < 0) break;
    // Each part: CRLF, headers, CRLF CRLF, content, CRLF before the next delimiter.
    const chunk = body.subarray(afterDelimiter + 2, next - 2);
    const headerEnd = chunk.indexOf('\r\n\r\n');
    if (headerEnd >= 0) {
      const headers = chunk.subarray(0, headerEnd).toString('utf8');
      const disposition = headers.split('\r\n').find((h) => /^content-disposition:/i.test(h)) ?? '';
      const name = headerParam(disposition, 'name');
      if (name !== null)
        parts.push({ name, filename: headerParam(disposition, 'filename'), data: chunk.subarray(headerEnd + 4) });
    }
    start = next;
  }
  return parts;
}
