import net from 'node:net';

// A "cluster" that answers with raw bytes over `net`, so it can say what no HTTP library would let
// it say: impossible status codes, broken header lines, lying lengths, endless or trickled bodies,
// resets mid-body. The request path picks the answer: `/v2/hostile/<behaviour>`; any other path
// gets a small, valid JSON answer. Shared by the proxy's hostile-upstream tests and the soak run.

export const hostileBehaviours = [
  /** Status 000: Node's parser accepts it, `res.writeHead(0)` throws. */
  'status-zero',
  /** Status 099: below the 100–599 range RFC 9110 defines. */
  'status-99',
  /** Status 700: Node accepts it, HTTP defines nothing above 599. */
  'status-700',
  /** Four digits: Node's parser refuses it. */
  'status-1000',
  /** A 101 upgrade the proxy never asked for. */
  'status-101',
  'header-space-in-name',
  'header-control-character',
  'not-http',
  'content-length-not-a-number',
  'content-length-twice',
  'content-length-and-chunked',
  'bad-chunk-size',
  /** 64 KiB of header lines. */
  'huge-headers',
  /** Content-Length of 10 GiB, then nothing. */
  'huge-declared-body',
  /** A chunked body that never ends, written as fast as the proxy reads it. */
  'endless-body',
  /** Half the declared body, then a TCP reset. */
  'reset-mid-body',
  /** Half the declared body, then a clean close. */
  'close-mid-body',
  /** One header byte every `trickleMs`: never idle, never done. */
  'trickle-headers',
  /** Valid headers, then one body byte every `trickleMs`, forever. */
  'trickle-body',
  /** Reads the request, never answers. */
  'silent',
  /** A 200 HTML page with a script: the stored-XSS payload. */
  'html-page',
  /** An SVG document with a script. */
  'svg-image',
  /** A JSON answer with a comma-separated Content-Type that a browser reads as its last type. */
  'json-then-html-type',
] as const;

export type HostileBehaviour = (typeof hostileBehaviours)[number];

export interface HostileUpstream {
  url: string;
  /** Request lines received (`GET /v2/…`), in order. */
  requests: string[];
  /** Sockets still open: the proxy must not leave any behind once its requests ended. */
  openSockets(): number;
  close(): Promise<void>;
}

export const validJsonBody = JSON.stringify({ brokers: [{ nodeId: 0, host: 'hostile-test', partitions: [] }] });

// Every answer closes its connection, and says so: otherwise the proxy's keep-alive pool could pick
// a connection this server is just closing, and a test would see a `reset` it did not ask for.
function head(status: string, headers: string[]): string {
  return `HTTP/1.1 ${status}\r\n${[...headers, 'Connection: close'].map((line) => `${line}\r\n`).join('')}\r\n`;
}

export async function startHostileUpstream(options: { trickleMs?: number } = {}): Promise<HostileUpstream> {
  const trickleMs = options.trickleMs ?? 50;
  const requests: string[] = [];
  const sockets = new Set<net.Socket>();

  function behave(socket: net.Socket, behaviour: HostileBehaviour | null): void {
    const json = 'Content-Type: application/json';
    const send = (text: string): void => {
      socket.end(Buffer.from(text, 'latin1'));
    };
    const every = (write: () => boolean) => {
      const timer = setInterval(() => {
        if (socket.destroyed || !write()) clearInterval(timer);
      }, trickleMs);
      socket.on('close', () => clearInterval(timer));
    };
    switch (behaviour) {
      case null:
        return send(head('200 OK', [json, `Content-Length: ${Buffer.byteLength(validJsonBody)}`]) + validJsonBody);
      case 'status-zero':
        return send(head('000 Zero', [json, 'Content-Length: 2']) + '{}');
      case 'status-99':
        return send(head('099 Low', [json, 'Content-Length: 2']) + '{}');
      case 'status-700':
        return send(head('700 High', [json, 'Content-Length: 2']) + '{}');
      case 'status-1000':
        return send(head('1000 Huge', [json, 'Content-Length: 2']) + '{}');
      case 'status-101':
        return send(head('101 Switching Protocols', ['Upgrade: websocket', 'Connection: Upgrade']) + 'raw bytes');
      case 'header-space-in-name':
        return send(head('200 OK', [json, 'Bad Header: x', 'Content-Length: 2']) + '{}');
      case 'header-control-character':
        return send(head('200 OK', ['Content-Type: application/\u0001json', 'Content-Length: 2']) + '{}');
      case 'not-http':
        return send('<html><script>alert(document.domain)</script></html>\r\n\r\n');
      case 'content-length-not-a-number':
        return send(head('200 OK', [json, 'Content-Length: two']) + '{}');
      case 'content-length-twice':
        return send(head('200 OK', [json, 'Content-Length: 2', 'Content-Length: 3']) + '{}');
      case 'content-length-and-chunked':
        return send(head('200 OK', [json, 'Content-Length: 2', 'Transfer-Encoding: chunked']) + '2\r\n{}\r\n0\r\n\r\n');
      case 'bad-chunk-size':
        return send(head('200 OK', [json, 'Transfer-Encoding: chunked']) + 'zz\r\n{}\r\n0\r\n\r\n');
      case 'huge-headers': {
        const lines = Array.from({ length: 64 }, (_, i) => `X-Filler-${i}: ${'a'.repeat(1_000)}`);
        return send(head('200 OK', [json, ...lines, 'Content-Length: 2']) + '{}');
      }
      case 'huge-declared-body':
        socket.write(head('200 OK', [json, `Content-Length: ${10 * 2 ** 30}`]) + '[');
        return;
      case 'endless-body': {
        socket.write(head('200 OK', [json, 'Transfer-Encoding: chunked']));
        const chunk = Buffer.from(`4000\r\n${'x'.repeat(0x4000)}\r\n`);
        const pump = () => {
          while (!socket.destroyed && socket.write(chunk));
        };
        socket.on('drain', pump);
        pump();
        return;
      }
      case 'reset-mid-body':
        socket.write(head('200 OK', [json, 'Content-Length: 1000']) + '{"partial":');
        setTimeout(() => socket.resetAndDestroy(), trickleMs);
        return;
      case 'close-mid-body':
        socket.write(head('200 OK', [json, 'Content-Length: 1000']) + '{"partial":');
        setTimeout(() => socket.end(), trickleMs);
        return;
      case 'trickle-headers': {
        let i = 0;
        socket.write('HTTP/1.1 200 OK\r\nX-Trickle: ');
        every(() => socket.write(i++ % 40 === 39 ? '\r\nX-Trickle: ' : 'a'));
        return;
      }
      case 'trickle-body':
        socket.write(head('200 OK', [json, 'Transfer-Encoding: chunked']));
        every(() => socket.write('1\r\n \r\n'));
        return;
      case 'silent':
        return;
      case 'html-page': {
        const html = '<!doctype html><script>fetch("/api/clusters").then(r=>r.text()).then(alert)</script>';
        return send(
          head('200 OK', ['Content-Type: text/html; charset=utf-8', `Content-Length: ${html.length}`]) + html,
        );
      }
      case 'svg-image': {
        const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>';
        return send(head('200 OK', ['Content-Type: image/svg+xml', `Content-Length: ${svg.length}`]) + svg);
      }
      case 'json-then-html-type': {
        const html = '<script>alert(document.domain)</script>';
        return send(
          head('200 OK', ['Content-Type: application/json, text/html', `Content-Length: ${html.length}`]) + html,
        );
      }
    }
  }

  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    // The proxy resets or destroys sockets on purpose; that is not this server's error.
    socket.on('error', () => undefined);
    let received = '';
    const onData = (chunk: Buffer) => {
      received += chunk.toString('latin1');
      const end = received.indexOf('\r\n\r\n');
      if (end === -1) {
        if (received.length > 64 * 1024) socket.destroy();
        return;
      }
      socket.off('data', onData);
      const requestLine = received.slice(0, received.indexOf('\r\n'));
      requests.push(requestLine);
      const path = requestLine.split(' ')[1] ?? '';
      const name = /^\/v2\/hostile\/([a-z0-9-]+)/.exec(path)?.[1];
      const behaviour = hostileBehaviours.find((b) => b === name) ?? null;
      // Request bodies are read and dropped so the proxy is never stuck writing.
      socket.on('data', () => undefined);
      behave(socket, behaviour);
    };
    socket.on('data', onData);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    openSockets: () => sockets.size,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
