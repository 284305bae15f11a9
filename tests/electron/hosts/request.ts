import http from 'node:http';
import net from 'node:net';

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface RawRequest {
  port: number;
  method?: string;
  /** Sent as is, so `/../x` reaches the server unnormalised. */
  path: string;
  headers?: Record<string, string | number>;
  body?: string | Buffer;
  /** Body chunks written one by one without Content-Length (chunked transfer). */
  chunks?: Buffer[];
}

/**
 * One HTTP request with full control of Host, Origin and the body (fetch forbids setting Host).
 * Resolves with the answer even when the server closes the connection after answering.
 */
export function request(r: RawRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let answered: Answer | null = null;
    const req = http.request({ host: '127.0.0.1', port: r.port, method: r.method ?? 'GET', path: r.path, headers: r.headers ?? {}, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      answered = { status: res.statusCode ?? 0, headers: res.headers, body: '' };
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ ...answered!, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', () => resolve({ ...answered!, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('aborted', () => resolve({ ...answered!, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', (error) => (answered ? resolve(answered) : reject(error)));
    if (r.chunks) {
      const write = (i: number): void => {
        if (i >= r.chunks!.length || req.destroyed) return void req.end();
        req.write(r.chunks![i], () => setImmediate(() => write(i + 1)));
      };
      write(0);
    } else {
      req.end(r.body);
    }
  });
}

/** Whether a TCP connection to host:port is accepted. */
export function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
