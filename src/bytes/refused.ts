/**
 * Why an input gives no (more) stories. The commands say it after the input's name; the library
 * throws it from parseStream and the whole-input readers.
 */
export type RefusalCode = 'binary-input' | 'too-large';

export class InputRefused extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string,
  ) {
    super(message);
    this.name = 'InputRefused';
  }
}

/** What is said of a binary input, whole-file or streamed. */
export const BINARY_INPUT = 'binary file (NUL bytes), skipped';

export const binaryInput = (): InputRefused => new InputRefused('binary-input', BINARY_INPUT);
