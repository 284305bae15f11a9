// Draws Galley's icon — a galley proof (a column of set type) on a blue tile, with one line
// marked in the margin as a proofreader would — and writes it as PNG at 1024, 512 and 256 px.
// electron-builder derives the .ico (Windows) and .icns (macOS) from the 512/1024 PNGs and uses
// this folder as the Linux icon set. Run: node build/icons/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));

const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));

/** Signed distance to a rounded rectangle (coordinates in 0..1 of the icon). */
function roundedRect(px, py, x0, y0, x1, y1, r) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const qx = Math.abs(px - cx) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(py - cy) - ((y1 - y0) / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

// Layers, back to front: [distance(x, y), colour(x, y)] — the first that contains a sample wins
// after the ones drawn over it, so the list is painted in order.
const tile = { d: (x, y) => roundedRect(x, y, 0.06, 0.06, 0.94, 0.94, 0.2), c: (_x, y) => mix(hex('#2d74c4'), hex('#184b85'), y) };
const shadow = { d: (x, y) => roundedRect(x, y, 0.275, 0.2, 0.765, 0.84, 0.03) - 0.012, c: () => [12, 40, 74], a: 0.35 };
const page = { d: (x, y) => roundedRect(x, y, 0.255, 0.17, 0.745, 0.81, 0.025), c: () => hex('#fbfaf7') };
const line = (y, x1, colour, h = 0.026) => ({ d: (px, py) => roundedRect(px, py, 0.315, y, x1, y + h, h / 2), c: () => hex(colour) });
const layers = [
  tile,
  shadow,
  page,
  line(0.24, 0.6, '#1d1c1a', 0.042),
  line(0.34, 0.665, '#a8a398'),
  line(0.4, 0.645, '#a8a398'),
  line(0.46, 0.665, '#a8a398'),
  line(0.52, 0.585, '#a8a398'),
  line(0.6, 0.665, '#a8a398'),
  line(0.66, 0.63, '#a8a398'),
  line(0.72, 0.5, '#a8a398'),
  // The proofreader's mark: the fourth line underlined, with a stroke in the margin.
  { d: (x, y) => roundedRect(x, y, 0.315, 0.558, 0.585, 0.568, 0.005), c: () => hex('#d2452f') },
  { d: (x, y) => roundedRect(x, y, 0.692, 0.505, 0.706, 0.575, 0.007), c: () => hex('#d2452f') },
];

function mix(a, b, t) {
  return a.map((v, i) => v + (b[i] - v) * t);
}

function render(size) {
  const ss = 4; // 4×4 supersampling for smooth edges
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          let col = [0, 0, 0];
          let alpha = 0;
          for (const layer of layers) {
            if (layer.d(x, y) > 0) continue;
            const la = layer.a ?? 1;
            col = mix(col, layer.c(x, y), alpha === 0 ? 1 : la);
            alpha = alpha === 0 ? la : alpha + (1 - alpha) * la;
          }
          r += col[0] * alpha; g += col[1] * alpha; b += col[2] * alpha; a += alpha;
        }
      }
      const o = (py * size + px) * 4;
      const n = ss * ss;
      rgba[o] = a ? Math.round(r / a) : 0;
      rgba[o + 1] = a ? Math.round(g / a) : 0;
      rgba[o + 2] = a ? Math.round(b / a) : 0;
      rgba[o + 3] = Math.round((a / n) * 255);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes RGBA pixels as a PNG (8-bit, colour type 6, no filter). */
export function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [1024, 512, 256]) {
  writeFileSync(path.join(here, `${size}x${size}.png`), encodePng(size, render(size)));
}
