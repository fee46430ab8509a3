// A tiny static server for the release build in dist/, on 127.0.0.1 only. It serves the
// same files at "/" and under a sub-path, to prove the build works from any folder, and
// records every request so tests can check what the page asked for.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

export const SUB_PATH = '/team/rapport/';

export async function serve(dist, { port = 0 } = {}) {
  const requests = [];
  let root = dist;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push(url.pathname);
    let path = url.pathname.startsWith(SUB_PATH) ? '/' + url.pathname.slice(SUB_PATH.length) : url.pathname;
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      // The build's precompressed copy, as a static host that serves them would send it.
      const accepts = String(req.headers['accept-encoding'] ?? '');
      for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
        if (!accepts.includes(encoding)) continue;
        const packed = await readFile(file + suffix).catch(() => null);
        if (packed) {
          res.writeHead(200, { 'content-type': type, 'content-encoding': encoding, vary: 'accept-encoding' });
          res.end(packed);
          return;
        }
      }
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': type, vary: 'accept-encoding' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    requests,
    /// Serves another build from now on (to test updates).
    setRoot: (dir) => { root = dir; },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
