#!/usr/bin/env node
// @ts-check
/**
 * `antrag validate FILE…`: checks form definitions the way the assistant will, and prints each problem
 * as `file: /json/pointer: message`. Exits 1 when any file has a problem, so a municipality's CI can use it.
 */
import { readFile } from 'node:fs/promises';
import { parseDefinition } from '../dist/core.js';
import { importFimCommand } from './import-fim.mjs';

const USAGE = 'Usage: antrag validate <definition.json> [more.json …]\n       antrag import-fim <schema.xml> [--codelists <dir>] [--out <definition.json>] [--report <report.md>]';

/** @param {string[]} argv */
async function main(argv) {
  const [command, ...files] = argv;
  if (command === 'import-fim') return importFimCommand(files);
  if (command !== 'validate' || files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    let text;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      console.error(`${file}: cannot be read (${/** @type {NodeJS.ErrnoException} */ (error).code ?? error})`);
      failed += 1;
      continue;
    }
    const result = parseDefinition(text);
    if (result.ok) {
      console.log(`${file}: ok (${result.definition.id} ${result.definition.version})`);
      continue;
    }
    failed += 1;
    for (const issue of result.issues) console.error(`${file}: ${issue.pointer || '/'}: ${issue.message}`);
  }
  if (failed > 0)
    console.error(`${failed} of ${files.length} definition${files.length === 1 ? '' : 's'} ha${failed === 1 ? 's' : 've'} problems.`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
