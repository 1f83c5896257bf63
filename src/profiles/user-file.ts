/**
 * A user's profile file (`--profiles FILE`), read and checked. JSON is read as the YAML it also
 * is, so that both kinds of file keep where each key was written: a problem is reported as
 * `FILE:LINE: field.path: what is wrong`, the line being that of the offending key.
 */
import { readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { fromFileForm, ProfileFile } from './file-form.js';
import type { AgencyProfile } from './profile.js';

export class ProfileFileError extends Error {
  override readonly name = 'ProfileFileError';
}

type Path = readonly PropertyKey[];

/** `profiles[0].footer[2].line` */
function fieldName(path: Path): string {
  return path.map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : `${i === 0 ? '' : '.'}${String(seg)}`)).join('');
}

/**
 * The offset where `path` is written: the key of its last field that the document has (a field
 * that is missing is reported where the object lacking it starts).
 */
function offsetOf(doc: Document, path: Path): number {
  let node: unknown = doc.contents;
  let at = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === seg);
      if (pair === undefined) break;
      at = (pair.key as Node).range?.[0] ?? at;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number' && seg < node.items.length) {
      node = node.items[seg];
      at = (node as Node).range?.[0] ?? at;
    } else break;
  }
  return at;
}

function describeIssue(file: string, doc: Document, lines: LineCounter, issue: z.core.$ZodIssue): string {
  // An unknown key is reported at that key, under its own name.
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
  const message = issue.code === 'unrecognized_keys' ? `unknown field (the fields are those of \`wireparse profiles --json\`)` : issue.message;
  const { line } = lines.linePos(offsetOf(doc, path));
  return `${file}:${line}: ${fieldName(path) || '(top level)'}: ${message}`;
}

/** Reads, checks and converts a profile file; throws ProfileFileError naming file, line and field. */
export function loadProfileFile(file: string): AgencyProfile[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ProfileFileError(`${file}: cannot read the profile file: ${(err as Error).message}`);
  }
  return readProfileText(text, file);
}

/** The profiles of a file's text; `file` names it in messages. */
export function readProfileText(text: string, file: string): AgencyProfile[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const broken = doc.errors[0];
  if (broken !== undefined) {
    const line = broken.linePos?.[0].line ?? lines.linePos(broken.pos[0]).line;
    throw new ProfileFileError(`${file}:${line}: not valid JSON or YAML: ${broken.message.split('\n')[0]}`);
  }
  const checked = ProfileFile.safeParse(doc.toJS());
  if (!checked.success) {
    throw new ProfileFileError(checked.error.issues.map((issue) => describeIssue(file, doc, lines, issue)).join('\n'));
  }
  return fromFileForm(checked.data);
}
