/**
 * Exit codes: 0 success, 1 an input could not be read, parsed or written, 2 usage error; a run
 * stopped by a signal ends as shells report it, 128 + the signal number (130 Ctrl-C, 143 SIGTERM).
 */
export const EXIT = { ok: 0, inputError: 1, usage: 2, interrupted: 130, terminated: 143 } as const;
