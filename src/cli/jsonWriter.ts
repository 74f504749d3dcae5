/**
 * JSON produced in pieces of about 64 KB, instead of one string for the whole value: the
 * JSON of a 1000×1000 matrix is about 19 MB, and a string of it plus the buffer `stdout`
 * copies it into would be held at once for every such cell. The pieces joined are exactly
 * `JSON.stringify(value)`, for the plain data a cell's result holds.
 */

/** How much text makes one piece. */
const PIECE = 64 * 1024;
/** Arrays of up to this many plain entries (a matrix row) are written in one go. */
const SMALL = 1024;

interface Pending {
  text: string;
}

/** `JSON.stringify(value)` in pieces, for writing as they come. */
export function* jsonPieces(value: unknown): Generator<string, void, undefined> {
  const pending: Pending = { text: '' };
  yield* emit(value, pending);
  if (pending.text !== '') yield pending.text;
}

function* emit(value: unknown, pending: Pending): Generator<string, void, undefined> {
  if (Array.isArray(value) && !(value.length <= SMALL && value.every((x) => !isComposite(x)))) {
    pending.text += '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) pending.text += ',';
      // In an array, what JSON cannot hold is written as null, as JSON.stringify does.
      if (isComposite(value[i])) yield* emit(value[i], pending);
      else pending.text += JSON.stringify(value[i]) ?? 'null';
      if (pending.text.length >= PIECE) yield take(pending);
    }
    pending.text += ']';
  } else if (isPlainObject(value) && !Array.isArray(value)) {
    pending.text += '{';
    let first = true;
    for (const [key, field] of Object.entries(value)) {
      // In an object, fields JSON cannot hold are left out, as JSON.stringify does.
      if (!isComposite(field) && JSON.stringify(field) === undefined) continue;
      pending.text += `${first ? '' : ','}${JSON.stringify(key)}:`;
      first = false;
      yield* emit(field, pending);
    }
    pending.text += '}';
  } else {
    pending.text += JSON.stringify(value) ?? 'null';
  }
  if (pending.text.length >= PIECE) yield take(pending);
}

function take(pending: Pending): string {
  const text = pending.text;
  pending.text = '';
  return text;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

function isComposite(value: unknown): boolean {
  return Array.isArray(value) || isPlainObject(value);
}
