import { createReadStream, type Stats } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Sends a file, or the one byte range a `Range: bytes=a-b` header asks for (206), as static hosts
 * do: a browser seeks in audio and video by asking for ranges, so a quote clip that starts late in
 * a long recording needs them.
 */
export function sendFile(request: IncomingMessage, response: ServerResponse, path: string, stat: Stats, headers: Record<string, string>): void {
  const range = /^bytes=(\d*)-(\d*)$/u.exec(request.headers.range ?? '');
  const size = stat.size;
  if (range && (range[1] !== '' || range[2] !== '')) {
    const start = range[1] === '' ? Math.max(0, size - Number(range[2])) : Number(range[1]);
    const end = range[1] !== '' && range[2] !== '' ? Math.min(size - 1, Number(range[2])) : size - 1;
    if (start > end || start >= size) {
      response.writeHead(416, { 'content-range': `bytes */${size}` }).end();
      return;
    }
    response.writeHead(206, { ...headers, 'accept-ranges': 'bytes', 'content-range': `bytes ${start}-${end}/${size}`, 'content-length': end - start + 1 });
    if (request.method === 'HEAD') response.end();
    else createReadStream(path, { start, end }).pipe(response);
    return;
  }
  response.writeHead(200, { ...headers, 'accept-ranges': 'bytes', 'content-length': size });
  if (request.method === 'HEAD') response.end();
  else createReadStream(path).pipe(response);
}
