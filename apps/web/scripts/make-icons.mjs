// Draws the app icons (the favicon's house on the accent colour) as PNGs into static/icons, so the
// web app manifests have the raster sizes browsers install from. Run again after changing the shape:
//   node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), "../static/icons");
const ACCENT = [0x2f, 0x5b, 0xea];
const WHITE = [0xff, 0xff, 0xff];
// The favicon's house, in its 32-unit box.
const HOUSE = [[8, 16.5], [16, 9], [24, 16.5], [24, 24], [18.5, 24], [18.5, 19], [13.5, 19], [13.5, 24], [8, 24]];

function inside(x, y, poly) {
  let hit = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

function inRoundedRect(x, y, size, radius) {
  const cx = Math.min(Math.max(x, radius), size - radius);
  const cy = Math.min(Math.max(y, radius), size - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** `maskable`: full-bleed background, house within the 80 % safe zone; otherwise a rounded square. */
function draw(size, maskable) {
  const samples = 4;
  const rgba = Buffer.alloc(size * size * 4);
  const unit = maskable ? (size * 0.62) / 16 : size / 32;
  const offset = maskable ? size / 2 - 16 * unit : 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const px = x + (sx + 0.5) / samples;
          const py = y + (sy + 0.5) / samples;
          if (!maskable && !inRoundedRect(px, py, size, (size * 7) / 32)) continue;
          bg++;
          const ux = (px - offset) / unit;
          const uy = (py - offset) / unit - (maskable ? 0.5 : 0);
          if (inside(ux, uy, HOUSE)) fg++;
        }
      }
      const n = samples * samples;
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) rgba[i + c] = bg ? Math.round((ACCENT[c] * (bg - fg) + WHITE[c] * fg) / bg) : 0;
      rgba[i + 3] = Math.round((255 * bg) / n);
    }
  }
  return png(size, rgba);
}

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(rows, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

mkdirSync(out, { recursive: true });
for (const [name, size, maskable] of [
  ["icon-192.png", 192, false],
  ["icon-512.png", 512, false],
  ["maskable-512.png", 512, true],
  ["apple-touch-icon.png", 180, true],
]) {
  writeFileSync(path.join(out, name), draw(size, maskable));
}
