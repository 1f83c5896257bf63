/**
 * The young generation of the batch's workers (heap.ts): a worker given YOUNG_GENERATION_MB as
 * its resourceLimits gets semi-spaces of SEMI_SPACE_MB, as heap.ts says and as the README tells
 * library callers to ask of Node with --max-semi-space-size.
 */
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { SEMI_SPACE_MB, YOUNG_GENERATION_MB } from '../../src/commands/heap.js';

/** Keeps objects alive until the young generation has grown as far as it may, then reports its size. */
const GROW_AND_REPORT = `
const { parentPort } = require('node:worker_threads');
const v8 = require('node:v8');
const kept = [];
for (let i = 0; i < 4e6; i++) kept.push({ i });
const space = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
parentPort.postMessage(space.space_size / 2 ** 20);
`;

function newSpaceMb(youngGenerationMb: number): Promise<number> {
  const worker = new Worker(GROW_AND_REPORT, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } });
  return new Promise((resolve, reject) => {
    worker.once('message', (mb: number) => void worker.terminate().then(() => resolve(mb)));
    worker.once('error', reject);
  });
}

describe('the workers\' young generation', () => {
  it('is two semi-spaces of SEMI_SPACE_MB once grown', async () => {
    expect(await newSpaceMb(YOUNG_GENERATION_MB)).toBe(2 * SEMI_SPACE_MB);
  }, 30_000);
});
