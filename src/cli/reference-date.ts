/** The `--reference-date YYYY-MM-DD` option value, shared by the commands that resolve dateline years. */
import { InvalidArgumentError } from 'commander';

export function parseReferenceDate(value: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  // Date.UTC rolls 2020-13-45 over into 2021; a date that does not read back is not a date.
  if (!date || date.toISOString().slice(0, 10) !== value) throw new InvalidArgumentError('it wants YYYY-MM-DD.');
  return date;
}
