import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.xml': 'application/xml',
};

export type Served = { readonly origin: string; close(): Promise<void> };

/**
 * The built add-in on a free port of 127.0.0.1, plain http: what `npm run dev` serves, without the network. `base`
 * is the path it is served under (`/plan/` as on an intranet host); anything outside it is 404.
 */
export function serve(root: string, base = '/'): Promise<Served> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!pathname.startsWith(base)) return void response.writeHead(404).end();
    const file = join(root, normalize(`/${pathname.slice(base.length)}`));
    const inside = file.startsWith(root + sep);
    const found = inside && statSync(file, { throwIfNoEntry: false })?.isFile();
    if (!found) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    }),
  );
}
