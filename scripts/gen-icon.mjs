// Draws media/icon.png (128×128): a lens over three linked nodes, anti-aliased, no dependencies.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const N = 128;
const px = new Float64Array(N * N * 4);
const blend = (x, y, [r, g, b], a) => {
  if (x < 0 || y < 0 || x >= N || y >= N || a <= 0) return;
  const i = (y * N + x) * 4;
  const A = px[i + 3];
  const out = a + A * (1 - a);
  for (const [k, c] of [[0, r], [1, g], [2, b]]) px[i + k] = out ? (c * a + px[i + k] * A * (1 - a)) / out : 0;
  px[i + 3] = out;
};
const cover = (f) => {
  // 4×4 supersampling of an inside-test
  for (let y = 0; y < N; y++)
    for (let x = 0; x < N; x++) {
      let n = 0;
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) if (f(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4)) n++;
      if (n) yield_(x, y, n / 16);
    }
};
let yield_;
const paint = (color, f) => {
  yield_ = (x, y, a) => blend(x, y, color, a);
  cover(f);
};
const seg = (ax, ay, bx, by, w) => (x, y) => {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy) <= w / 2;
};
const disc = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) <= r;
const ring = (cx, cy, r, w) => (x, y) => Math.abs(Math.hypot(x - cx, y - cy) - r) <= w / 2;

paint([0x1e, 0x3a, 0x5f], (x, y) => { const r = 24, m = 4; const qx = Math.max(m + r - x, 0, x - (N - m - r)); const qy = Math.max(m + r - y, 0, y - (N - m - r)); return Math.hypot(qx, qy) <= r; });
const nodes = [[42, 44], [70, 40], [56, 70]];
for (const [a, b] of [[0, 1], [1, 2], [2, 0]]) paint([0x9c, 0xdc, 0xfe], seg(...nodes[a], ...nodes[b], 3));
for (const [x, y] of nodes) paint([0xff, 0xd1, 0x66], disc(x, y, 7));
paint([0xff, 0xff, 0xff], ring(56, 54, 34, 8));
paint([0xff, 0xff, 0xff], seg(81, 79, 106, 104, 13));

const raw = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) {
  raw[y * (N * 4 + 1)] = 0;
  for (let x = 0; x < N; x++) for (let k = 0; k < 4; k++) raw[y * (N * 4 + 1) + 1 + x * 4 + k] = Math.round(k === 3 ? px[(y * N + x) * 4 + 3] * 255 : px[(y * N + x) * 4 + k]);
}
const crc = (buf) => { let c = ~0; for (const b of buf) { c ^= b; for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1)); } return ~c >>> 0; };
const chunk = (type, data) => { const len = Buffer.alloc(4); len.writeUInt32BE(data.length); const td = Buffer.concat([Buffer.from(type), data]); const c = Buffer.alloc(4); c.writeUInt32BE(crc(td)); return Buffer.concat([len, td, c]); };
const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(N, 0); ihdr.writeUInt32BE(N, 4); ihdr[8] = 8; ihdr[9] = 6;
writeFileSync(new URL('../media/icon.png', import.meta.url), Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
