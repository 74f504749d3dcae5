/** A file that is not a notebook we can safely open and save. */
export class NotebookParseError extends Error {
  constructor(
    message: string,
    /** 1-based line the problem is on. */
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'NotebookParseError';
  }
}
