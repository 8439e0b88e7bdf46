// Errors the pipeline raises about its input. Loud, and always naming the file (and line when known).
// Their text quotes the input, so hidden characters are escaped (\u{1b}): never raw control bytes.
import { escapeHidden } from './text/hostile';

/** A problem located inside a piece of text handed to a stage: the offset is relative to that text. */
export class SourceError extends Error {
  constructor(
    message: string,
    readonly offset: number | null = null,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}

/** A problem with an input file, ready to be shown to a person: `file:line: message`. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly reason: string,
  ) {
    super(escapeHidden(`${file}${line != null ? `:${line}` : ''}: ${reason}`));
    this.name = 'InputError';
    this.file = escapeHidden(file);
    this.reason = escapeHidden(reason);
  }
}
