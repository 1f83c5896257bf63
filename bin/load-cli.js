'use strict';
/**
 * Loads the command line's bundle (dist/cli/: CommonJS files written by scripts/bundle.mjs) with
 * V8's code cache. A cold run of the CLI otherwise spends much of its start parsing and compiling
 * the bundle's functions again; each file here is compiled with the cache that
 * scripts/code-cache.cjs wrote beside it at build time (`main.js.cache`), made by this loader
 * after a conversion, so it holds the functions that a conversion compiles.
 *
 * The cache is only ever read: nothing is written while the CLI runs, so a read-only install
 * works as well as any. A cache file holds, before V8's data, the CRC-32 of the source it was
 * made from and of that data (cacheFile()): V8 checks that its data was made by the same V8 with
 * the same flags from a source of the same length, but in a release build it does not check the
 * data itself, and data altered behind a sound header crashes the process. So a cache is handed
 * to V8 only when both sums hold; any other (none, stale, cut, altered, foreign) is passed over,
 * and so is one V8 turns away (another Node than the one that built): the file is then compiled
 * from its source, as Node would.
 */
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

/** Bytes before V8's data in a cache file: CRC-32 of the source, CRC-32 of the data (LE). */
const HEADER = 8;

/** @type {(data: Uint8Array) => number} */
let crc32;

/** A cache file's bytes for V8's `data` made from `source` (see above). */
function cacheFile(/** @type {Buffer} */ source, /** @type {Buffer} */ data) {
  crc32 ??= require('node:zlib').crc32;
  const header = Buffer.alloc(HEADER);
  header.writeUInt32LE(crc32(source), 0);
  header.writeUInt32LE(crc32(data), 4);
  return Buffer.concat([header, data]);
}

/** V8's data in the cache file `bytes` when it was made from `source` and is whole, else undefined. */
function cachedDataOf(/** @type {Buffer} */ bytes, /** @type {Buffer} */ source) {
  if (bytes.length <= HEADER) return undefined;
  crc32 ??= require('node:zlib').crc32;
  const data = bytes.subarray(HEADER);
  return bytes.readUInt32LE(0) === crc32(source) && bytes.readUInt32LE(4) === crc32(data) ? data : undefined;
}

/** The CommonJS wrapper, on the source's first line so that line numbers stay the file's. */
const HEAD = '(function (exports, require, module, __filename, __dirname) { ';
const TAIL = '\n})';

class BundleLoader {
  /** @param {string} dir the bundle's folder */
  constructor(dir) {
    this.dir = dir;
    /** @type {Map<string, { exports: unknown }>} by file name */
    this.modules = new Map();
    /** The compiled scripts by file name, for cacheFiles(). @type {Map<string, Script>} */
    this.scripts = new Map();
    // Packages and built-ins resolve as they would from the bundle's own folder.
    this.outerRequire = createRequire(join(dir, 'main.js'));
  }

  /**
   * The exports of the bundle's file `name` (`main.js`), run once. The bundle's files require one
   * another as `./name.js`; anything else is a built-in or a package.
   * @param {string} name
   * @returns {any}
   */
  require(name) {
    const known = this.modules.get(name);
    if (known !== undefined) return known.exports;
    const module = { exports: {} };
    this.modules.set(name, module);
    const file = join(this.dir, name);
    const source = readFileSync(file);
    let cachedData;
    try {
      cachedData = cachedDataOf(readFileSync(`${file}.cache`), source);
    } catch {
      // No cache (a build that wrote none, or a file it does not cover): compiled from source.
    }
    const script = new Script(HEAD + source.toString('utf8') + TAIL, { filename: file, cachedData });
    this.scripts.set(name, script);
    const wrapper = script.runInThisContext();
    const requireFromBundle = (/** @type {string} */ id) => (id.startsWith('./') ? this.require(id.slice(2)) : this.outerRequire(id));
    wrapper.call(module.exports, module.exports, requireFromBundle, module, file, this.dir);
    return module.exports;
  }

  /**
   * The cache files for what this loader compiled, with the functions compiled so far (for
   * scripts/code-cache.cjs): file name (`main.js.cache`) → bytes.
   * @returns {Map<string, Buffer>}
   */
  cacheFiles() {
    const files = new Map();
    for (const [name, script] of this.scripts) files.set(`${name}.cache`, cacheFile(readFileSync(join(this.dir, name)), script.createCachedData()));
    return files;
  }
}

module.exports = { BundleLoader };
