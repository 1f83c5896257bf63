/**
 * wireparse as a library.
 */
export { parseBytes, parseText, type BytesOptions, type ParseOptions } from './pipeline/parse.js';
export { Story, type Dialect, type LayoutEntry, type PartKind, type StoryWarning } from './schema/story.js';
export { PROFILES, profileByAlias, profileById, type AgencyProfile } from './profiles/index.js';
export { decodeBytes, ENCODINGS, type EncodingName } from './bytes/decode.js';
