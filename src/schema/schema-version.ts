/**
 * The version of a record's shape: every record carries it (`schemaVersion`) and `wireparse
 * schema` names it in its $id, so that a consumer can tell records of different shapes apart.
 * It changes when a field is added, removed or changes meaning, not with every release. Apart
 * from story.ts so that the parser and the command line name it without loading zod.
 */
export const SCHEMA_VERSION = '1';
