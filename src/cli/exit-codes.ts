/** Exit codes: 0 success, 1 an input could not be read, parsed or written, 2 usage error, 130 Ctrl-C. */
export const EXIT = { ok: 0, inputError: 1, usage: 2, interrupted: 130 } as const;
