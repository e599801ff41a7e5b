/**
 * Draws the add-in icon (a yellow rounded square with a rising three-bar chart) and writes
 * assets/icon-16.png, icon-32.png, icon-64.png and icon-80.png: RGBA PNGs made with zlib only.
 * Deterministic (no timestamps), so re-running it leaves the committed PNGs unchanged.
 *
 *   npx tsx scripts/make-icons.ts
 */
import fs from "fs";
import path from "path";
import zlib from "zlib";
import { runScript } from "./lib/run-script";

export const SIZES = [16, 32, 64, 80];
const SUPERSAMPLE = 8; // samples per pixel per axis, for anti-aliased edges

const BACKGROUND = [255, 210, 30]; // warm yellow
const INK = [31, 41, 55]; // near-black slate

/** Shapes in unit coordinates (0..1, y down). */
interface RoundedRect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  r: number;
}

const TILE: RoundedRect = { x0: 0.03, y0: 0.03, x1: 0.97, y1: 0.97, r: 0.2 };
const BARS = [
  { x0: 0.2, x1: 0.34, top: 0.58 },
  { x0: 0.43, x1: 0.57, top: 0.42 },
  { x0: 0.66, x1: 0.8, top: 0.22 },
];
const BAR_BOTTOM = 0.8;

function insideRoundedRect(x: number, y: number, { x0, y0, x1, y1, r }: RoundedRect): boolean {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function insideBar(x: number, y: number): boolean {
  return BARS.some((b) => x >= b.x0 && x <= b.x1 && y >= b.top && y <= BAR_BOTTOM);
}

/** Returns size*size*4 RGBA bytes. */
export function draw(size: number): Buffer {
  const rgba = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let tile = 0;
      let ink = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (insideRoundedRect(x, y, TILE)) {
            tile++;
            if (insideBar(x, y)) ink++;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (tile === 0) continue; // fully transparent
      const inkShare = ink / tile;
      for (let c = 0; c < 3; c++) {
        rgba[i + c] = Math.round(BACKGROUND[c] * (1 - inkShare) + INK[c] * inkShare);
      }
      rgba[i + 3] = Math.round((255 * tile) / n);
    }
  }
  return rgba;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes RGBA pixels as a PNG (8-bit, colour type 6, no interlace, filter 0 on every row). */
export function encodePng(size: number, rgba: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0;
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main(): void {
  const dir = path.resolve(__dirname, "..", "assets");
  fs.mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(dir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, draw(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}x${size})`);
  }
}

if (require.main === module) runScript(main);
