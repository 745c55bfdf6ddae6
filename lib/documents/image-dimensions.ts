/**
 * Image size from the headers, without decoding a pixel: an image of a few kilobytes can declare
 * 100,000 × 100,000 pixels (a "pixel bomb": 40 GB once a browser decodes it for the handler's
 * preview or a member's thumbnail). validate.ts refuses images over MAX_IMAGE_PIXELS as too complex.
 */
/** 150 megapixels (600 MB as RGBA): an A4 page at 1,200 dpi is 139 Mpx, a phone photo 12–50 Mpx. */
export const MAX_IMAGE_PIXELS = 150_000_000;

/** Reads `length` bytes at `start` (shorter at the end of the file). */
export type ReadAt = (start: number, length: number) => Promise<Uint8Array>;

export interface Dimensions {
  width: number;
  height: number;
}

const u16be = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u32be = (b: Uint8Array, at: number) => ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!;

/** PNG: IHDR is the first chunk (validate.ts has walked the chunks already). */
export async function pngDimensions(read: ReadAt): Promise<Dimensions | null> {
  const head = await read(0, 24);
  if (head.length < 24) return null;
  return { width: u32be(head, 16), height: u32be(head, 20) };
}

/** GIF: the logical screen and every frame (a frame can declare more than the screen), blocks walked. */
export function gifDimensions(bytes: Uint8Array): Dimensions | null {
  if (bytes.length < 13) return null;
  const le = (at: number) => bytes[at]! | (bytes[at + 1]! << 8);
  const colourTable = (flags: number) => (flags & 0x80 ? 3 * 2 ** ((flags & 0x07) + 1) : 0);
  const skipSubBlocks = (from: number) => {
    let at = from;
    while (at < bytes.length && bytes[at] !== 0) at += bytes[at]! + 1;
    return at + 1;
  };
  const largest = { width: le(6), height: le(8) };
  let at = 13 + colourTable(bytes[10]!);
  while (at < bytes.length) {
    const block = bytes[at];
    if (block === 0x21) at = skipSubBlocks(at + 2); // extension: label, then data sub-blocks
    else if (block === 0x2c && at + 10 <= bytes.length) {
      largest.width = Math.max(largest.width, le(at + 5));
      largest.height = Math.max(largest.height, le(at + 7));
      at = skipSubBlocks(at + 10 + colourTable(bytes[at + 9]!) + 1); // + LZW minimum code size
    } else break; // trailer (0x3B) or damage
  }
  return largest;
}

/** JPEG: the largest frame header (SOF0–SOF15 but DHT, JPG and DAC), segments walked by length. */
export function jpegDimensions(bytes: Uint8Array): Dimensions | null {
  let at = 2;
  let found: Dimensions | null = null;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return found;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return found; // end of image / start of scan
    const length = u16be(bytes, at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker) && at + 9 <= bytes.length) {
      const frame = { height: u16be(bytes, at + 5), width: u16be(bytes, at + 7) };
      if (!found || frame.width * frame.height > found.width * found.height) found = frame;
    }
    at += 2 + length;
  }
  return found;
}

/** TIFF: ImageWidth (256) and ImageLength (257) of every IFD in the chain (pages of a scan). */
export async function tiffDimensions(read: ReadAt, size: number): Promise<Dimensions | null> {
  const header = await read(0, 8);
  if (header.length < 8) return null;
  const little = header[0] === 0x49;
  const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (view(header).getUint16(2, little) !== 42) return null; // BigTIFF: see validate.ts
  let offset = view(header).getUint32(4, little);
  let largest: Dimensions | null = null;
  for (let page = 0; offset >= 8 && offset + 2 <= size && page < 1_000; page += 1) {
    const count = view(await read(offset, 2)).getUint16(0, little);
    const ifd = await read(offset + 2, count * 12 + 4);
    if (ifd.length < count * 12 + 4) return largest;
    const entries = view(ifd);
    const dims = { width: 0, height: 0 };
    for (let i = 0; i < count; i += 1) {
      const tag = entries.getUint16(i * 12, little);
      if (tag !== 256 && tag !== 257) continue;
      const type = entries.getUint16(i * 12 + 2, little);
      const value = type === 3 ? entries.getUint16(i * 12 + 8, little) : entries.getUint32(i * 12 + 8, little);
      if (tag === 256) dims.width = value;
      else dims.height = value;
    }
    if (!largest || dims.width * dims.height > largest.width * largest.height) largest = dims;
    offset = entries.getUint32(count * 12, little);
  }
  return largest;
}

export function tooManyPixels(dimensions: Dimensions | null): boolean {
  return dimensions !== null && dimensions.width * dimensions.height > MAX_IMAGE_PIXELS;
}
