/**
 * Reading a notebook file for `actlab run` and `actlab check`, as strictly as the editor
 * opens one: bytes that are not valid UTF-8 are refused with the line they are on (the same
 * decoder as the serializer), and so is anything that is not a regular file of a sane size —
 * `/dev/zero` would never end and a FIFO would block until someone writes to it. Every
 * refusal is a `FileError` (exit code 2) naming the file and what is wrong with it.
 */
import * as fs from 'fs';
import { decodeNotebook, NotebookParseError, parseNotebook, type ParsedCell } from '../notebookFormat/markdown';
import { UsageError } from './args';

/** Largest notebook read, in bytes: 16 MB, hundreds of times the longest chapter of the curriculum. */
export const MAX_NOTEBOOK_BYTES = 16 * 1024 * 1024;

/** A notebook file that cannot be run (unreadable, not a text notebook, too large). */
export class FileError extends UsageError {}

const BOM = '\uFEFF';

export function readNotebookCells(file: string): readonly ParsedCell[] {
  const text = decode(file, readBytes(file));
  if (text.startsWith(BOM + BOM)) {
    throw new FileError(`${file}: line 1: the file starts with two byte order marks (U+FEFF); remove the extra one`);
  }
  try {
    return parseNotebook(text).cells;
  } catch (e) {
    if (e instanceof NotebookParseError) throw new FileError(`${file}: ${e.message}`);
    throw e;
  }
}

function readBytes(file: string): Uint8Array {
  let fd: number;
  try {
    // Non-blocking, so opening a FIFO with no writer returns at once and can be refused below.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new FileError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) {
      const what = stat.isDirectory() ? 'a directory' : stat.isFIFO() ? 'a pipe' : stat.isCharacterDevice() || stat.isBlockDevice() ? 'a device' : 'not a regular file';
      throw new FileError(`${file} is ${what}; actlab reads notebook files (*.actlab.md) only`);
    }
    if (stat.size > MAX_NOTEBOOK_BYTES) throw tooLarge(file, stat.size);
    // Read to the end, which may have moved since fstat; the limit still holds.
    const chunks: Buffer[] = [];
    const chunk = Buffer.alloc(64 * 1024);
    let length = 0;
    for (;;) {
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      length += n;
      if (length > MAX_NOTEBOOK_BYTES) throw tooLarge(file, length);
      chunks.push(Buffer.from(chunk.subarray(0, n)));
    }
    return Buffer.concat(chunks, length);
  } catch (e) {
    if (e instanceof FileError) throw e;
    throw new FileError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  } finally {
    fs.closeSync(fd);
  }
}

function decode(file: string, bytes: Uint8Array): string {
  try {
    return decodeNotebook(bytes);
  } catch (e) {
    if (e instanceof NotebookParseError) throw new FileError(`${file}: ${e.message}`);
    throw e;
  }
}

function tooLarge(file: string, size: number): FileError {
  return new FileError(`${file} is ${(size / 1024 / 1024).toFixed(1)} MB; notebooks over ${MAX_NOTEBOOK_BYTES / 1024 / 1024} MB are not read`);
}
