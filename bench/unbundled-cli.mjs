#!/usr/bin/env node
// The CLI from tsc's modules (dist/commands/), not the bundle bin/wireparse.js runs: for the
// benches that name what they see by module (bench/deopt.mjs, bench/loads.mjs's import costs).
import { main } from '../dist/commands/main.js';

process.exitCode = await main(process.argv);
