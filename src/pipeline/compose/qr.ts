import { createRequire } from 'node:module';
import { escapeHtml } from '../text/html.ts';

// The encoder alone (qrcode's `create` is this module's), required at the first code: the package's
// entry also loads its PNG, terminal and file renderers, and a deck without a link needs none of it.
type QRCodeCore = Pick<typeof import('qrcode'), 'create'>;
let encoder: QRCodeCore | undefined;
const qrEncoder = (): QRCodeCore => (encoder ??= createRequire(import.meta.url)('qrcode/lib/core/qrcode.js') as QRCodeCore);

/**
 * A QR code of a URL as inline SVG, made at build time so it works offline. One path of unit
 * squares; `currentColor` so it follows the theme, with a quiet zone of four modules.
 */
export function qrSvg(url: string, label: string, id = 'qr-title'): string {
  const { modules } = qrEncoder().create(url, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const quiet = 4;
  let path = '';
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (modules.get(y, x)) path += `M${x + quiet} ${y + quiet}h1v1h-1z`;
    }
  }
  const box = size + quiet * 2;
  return `<svg class="td-qr" role="img" aria-labelledby="${id}" viewBox="0 0 ${box} ${box}" shape-rendering="crispEdges"><title id="${id}">${escapeHtml(label)}</title><rect width="${box}" height="${box}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
}
