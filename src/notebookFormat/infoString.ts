/**
 * Cell metadata in a fence's info string: `actlab exercise=sigmoid-derivative hint="two words"`.
 * Values are bare words or double-quoted strings (with `\"` and `\\` escapes); anything
 * else is an error, so a typo never silently drops metadata.
 */

/** Thrown for a malformed info string; the parser adds the line number. */
export class InfoStringError extends Error {}

const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** Parses the `key=value` pairs after the first word of an info string. */
export function parseInfoAttributes(rest: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  let i = 0;
  const n = rest.length;
  while (i < n) {
    while (i < n && /\s/.test(rest[i])) i++;
    if (i >= n) break;
    const keyStart = i;
    while (i < n && rest[i] !== '=' && !/\s/.test(rest[i])) i++;
    const key = rest.slice(keyStart, i);
    if (rest[i] !== '=') {
      throw new InfoStringError(`expected key=value in the info string, found "${key}"`);
    }
    if (!KEY.test(key)) {
      throw new InfoStringError(`"${key}" is not a valid metadata name (letters, digits, _ . - only)`);
    }
    if (Object.prototype.hasOwnProperty.call(attributes, key)) {
      throw new InfoStringError(`"${key}" is given twice in the info string`);
    }
    i++; // '='
    if (i >= n || /\s/.test(rest[i])) {
      throw new InfoStringError(`"${key}=" has no value`);
    }
    if (rest[i] === '"') {
      i++;
      let value = '';
      let closed = false;
      while (i < n) {
        const c = rest[i];
        if (c === '\\' && (rest[i + 1] === '"' || rest[i + 1] === '\\')) {
          value += rest[i + 1];
          i += 2;
        } else if (c === '"') {
          closed = true;
          i++;
          break;
        } else {
          value += c;
          i++;
        }
      }
      if (!closed) throw new InfoStringError(`the quoted value of "${key}" is never closed`);
      if (i < n && !/\s/.test(rest[i])) {
        throw new InfoStringError(`unexpected text after the quoted value of "${key}"`);
      }
      define(attributes, key, value);
    } else {
      const valueStart = i;
      while (i < n && !/\s/.test(rest[i])) i++;
      const value = rest.slice(valueStart, i);
      if (/["'`]/.test(value)) {
        throw new InfoStringError(`unknown quoting in the value of "${key}" (use double quotes: ${key}="…")`);
      }
      define(attributes, key, value);
    }
  }
  return attributes;
}

/** Plain assignment would treat a key named `__proto__` specially; define it as data instead. */
function define(target: Record<string, string>, key: string, value: string): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** True for metadata names the info string can carry. */
export function isAttributeKey(key: string): boolean {
  return KEY.test(key);
}

/** Writes `actlab key=value …`, quoting values that need it. */
export function printInfoString(attributes: Readonly<Record<string, string>>): string {
  let info = 'actlab';
  for (const [key, raw] of Object.entries(attributes)) {
    if (!KEY.test(key)) continue;
    // An info string is one line; a line break in a value could not be read back.
    const value = raw.replace(/[\r\n]+/g, ' ');
    const bare = value !== '' && !/[\s"'`\\]/.test(value);
    info += ` ${key}=${bare ? value : `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`}`;
  }
  return info;
}
