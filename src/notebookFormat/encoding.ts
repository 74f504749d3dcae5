/**
 * Bytes ↔ text for notebook files. Decoding is strict: a file that is not valid UTF-8 is
 * refused (with the line of the first bad byte) rather than opened with replacement
 * characters that a save would then write over the original bytes.
 */
import { NotebookParseError } from './parseError';

/**
 * The runtime's TextDecoder/TextEncoder (Node, browsers and workers all have them), typed
 * here because the pure layers compile without DOM types.
 */
interface TextCodecs {
  TextDecoder: new (label: string, options: { fatal: boolean; ignoreBOM: boolean }) => { decode(bytes: Uint8Array): string };
  TextEncoder: new () => { encode(text: string): Uint8Array };
}
const codecs = globalThis as unknown as TextCodecs;
const decoder = new codecs.TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new codecs.TextEncoder();

/** UTF-8 bytes → text, keeping a byte order mark as U+FEFF so it can be written back. */
export function decodeNotebook(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 10) line++;
    throw new NotebookParseError('the file is not valid UTF-8 text; it does not look like a text notebook', line);
  }
}

export function encodeNotebook(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Offset of the first byte that breaks UTF-8 (the length when all are fine). */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return bytes.length;
}
