/**
 * UTF-8 + base64 encoding without Node's Buffer or the DOM's btoa, so the language service
 * stays pure (it runs in the extension host, a web worker and plain mocha alike). Written
 * over typed arrays: a card encodes ~50 KB of SVG, and a string-per-character version took
 * ~8 ms per 20 KB image, which alone would break the hover budget.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function utf8(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      bytes[n++] = c;
      continue;
    }
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (c < 0x800) {
      bytes[n++] = 0xc0 | (c >> 6);
      bytes[n++] = 0x80 | (c & 63);
    } else if (c < 0x10000) {
      bytes[n++] = 0xe0 | (c >> 12);
      bytes[n++] = 0x80 | ((c >> 6) & 63);
      bytes[n++] = 0x80 | (c & 63);
    } else {
      bytes[n++] = 0xf0 | (c >> 18);
      bytes[n++] = 0x80 | ((c >> 12) & 63);
      bytes[n++] = 0x80 | ((c >> 6) & 63);
      bytes[n++] = 0x80 | (c & 63);
    }
  }
  return bytes.subarray(0, n);
}

const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));

/** The runtime's TextDecoder (Node, browsers and workers all have one); typed here because the pure layers compile without DOM types. */
type Decoder = { decode(bytes: Uint8Array): string };
const decoder: Decoder | undefined = (() => {
  const ctor = (globalThis as { TextDecoder?: new (label: string) => Decoder }).TextDecoder;
  return ctor ? new ctor('latin1') : undefined;
})();

/** Base64 of the UTF-8 bytes of `text`. */
export function base64(text: string): string {
  const b = utf8(text);
  const out = new Uint8Array(Math.ceil(b.length / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < b.length; i += 3) {
    const n = (b[i] << 16) | (b[i + 1] << 8) | b[i + 2];
    out[o++] = CODES[n >> 18];
    out[o++] = CODES[(n >> 12) & 63];
    out[o++] = CODES[(n >> 6) & 63];
    out[o++] = CODES[n & 63];
  }
  if (i < b.length) {
    const n = (b[i] << 16) | ((b[i + 1] ?? 0) << 8);
    out[o++] = CODES[n >> 18];
    out[o++] = CODES[(n >> 12) & 63];
    out[o++] = i + 1 < b.length ? CODES[(n >> 6) & 63] : 61;
    out[o] = 61; // '='
  }
  // One decode of the ASCII digits allocates a single string instead of thousands of pieces.
  if (decoder) return decoder.decode(out);
  let s = '';
  for (let k = 0; k < out.length; k += 4096) s += String.fromCharCode.apply(null, Array.from(out.subarray(k, k + 4096)));
  return s;
}
