/**
 * Recognises the image formats we accept from their first bytes (magic numbers), never from the
 * client's file name or Content-Type, and reads the dimensions when the header states them cheaply.
 * `file-type` would do the sniffing but is ESM-only, which jest (CommonJS) cannot load.
 */

export type ImageType = 'image/png' | 'image/jpeg' | 'image/webp' | 'image/gif';

export interface SniffedImage {
  contentType: ImageType;
  /** Null when the header does not state them in a way we read without decoding. */
  width: number | null;
  height: number | null;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, prefix: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + prefix.length) return false;
  return prefix.every((byte, index) => bytes[offset + index] === byte);
}

function ascii(bytes: Uint8Array, offset: number, length: number): string {
  return bytes.length < offset + length
    ? ''
    : String.fromCharCode(...bytes.subarray(offset, offset + length));
}

export function sniffImage(input: Uint8Array): SniffedImage | null {
  const bytes = input;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(bytes, PNG_SIGNATURE)) {
    // The first chunk must be IHDR: width and height as big-endian 32-bit integers.
    if (ascii(bytes, 12, 4) !== 'IHDR' || bytes.length < 24) return null;
    return { contentType: 'image/png', width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') {
    if (bytes.length < 10) return null;
    return { contentType: 'image/gif', width: view.getUint16(6, true), height: view.getUint16(8, true) };
  }
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') {
    return { contentType: 'image/webp', ...webpSize(bytes, view) };
  }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
    return { contentType: 'image/jpeg', ...jpegSize(bytes, view) };
  }
  return null;
}

function webpSize(bytes: Uint8Array, view: DataView): { width: number | null; height: number | null } {
  const chunk = ascii(bytes, 12, 4);
  if (chunk === 'VP8X' && bytes.length >= 30) {
    const read24 = (offset: number) => view.getUint16(offset, true) | (view.getUint8(offset + 2) << 16);
    return { width: read24(24) + 1, height: read24(27) + 1 };
  }
  if (chunk === 'VP8 ' && bytes.length >= 30 && startsWith(bytes, [0x9d, 0x01, 0x2a], 23)) {
    return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
  }
  if (chunk === 'VP8L' && bytes.length >= 25 && bytes[20] === 0x2f) {
    const bits = view.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  return { width: null, height: null };
}

/** Walks the JPEG segments up to the first start-of-frame marker, which holds the dimensions. */
function jpegSize(bytes: Uint8Array, view: DataView): { width: number | null; height: number | null } {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return { width: null, height: null };
    const marker = view.getUint8(offset + 1);
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    const isStartOfFrame =
      marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isStartOfFrame) return { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      offset += 2;
      continue;
    }
    offset += 2 + view.getUint16(offset + 2);
  }
  return { width: null, height: null };
}
