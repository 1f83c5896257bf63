/**
 * wireparse as a library: the parser (whole texts, or story by story from a stream), the
 * renderers, `check`, and the types of what they return.
 */
export { parseBytes, parseText, type BytesOptions, type ParseOptions } from './pipeline/parse.js';
export { parseStream } from './pipeline/stream.js';
export { Story, type Dialect, type LayoutEntry, type PartKind, type StoryWarning, type Table } from './schema/story.js';
export { PROFILES, profileByAlias, profileById, type AgencyProfile } from './profiles/index.js';
export { decodeBytes, ENCODINGS, type EncodingName } from './bytes/decode.js';
export { render, documentFormat, FORMATS, EXTENSIONS, type Format, type RenderOptions, type SummaryOptions } from './render/index.js';
export { renderSummary } from './render/summary.js';
export { COMPACT_FIELDS, projectStory, STORY_FIELDS, type StoryField } from './render/fields.js';
export { checkJob, addToSummary, type CheckJob, type CheckOptions, type CheckResult, type CheckSummary, type Diagnostic, type FileReport, type StoryReport } from './commands/check/check.js';
export { ALL_CODES, REQUIRABLE_PARTS, type Level, type ProblemCode, type RequirablePart } from './schema/warnings.js';
