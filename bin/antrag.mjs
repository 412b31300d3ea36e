#!/usr/bin/env node
// @ts-check
/**
 * `antrag validate FILE…`: checks form definitions the way the assistant will, and prints each problem
 * as `file: /json/pointer: message`. Exits 1 when any file has a problem, so a municipality's CI can use it.
 * `--stamp` writes into each valid file the stamp of its checked content, so the script-tag file need not load
 * its checker for it (decision 0024); without it, an outdated stamp is reported as a warning.
 * `antrag --version` prints the package version, `antrag --help` the usage; both exit 0.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseDefinition, stampHolds, stampedText } from '../dist/core.js';
import { importFimCommand } from './import-fim.mjs';

const USAGE =
  'Usage: antrag validate [--stamp] <definition.json> [more.json …]\n       antrag import-fim <schema.xml> [--codelists <dir>] [--out <definition.json>] [--report <report.md>]';
const HELP = `${USAGE}

Commands:
  validate <file…>   check form definitions; prints file: /json/pointer: message, exits 1 on problems
  import-fim <xml>   turn a FIM XDatenfelder 2 or 3 schema into a definition (see docs/fim.md)

Options:
  --stamp            (validate) write the "checked" stamp into each valid file, so the script-tag file
                     need not load its checker for it
  -h, --help         print this help
  -v, --version      print the version of antrag`;

/** @param {string[]} argv */
async function main(argv) {
  const [command, ...rest] = argv;
  if (command === 'import-fim') return importFimCommand(rest);
  const stamp = rest.includes('--stamp');
  const files = rest.filter((arg) => arg !== '--stamp');
  if (command === '--version' || command === '-v') {
    const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
    console.log(version);
    return 0;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP);
    return 0;
  }
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
      const { id, version } = result.definition;
      if (stamp) {
        await writeFile(file, await stampedText(text));
        console.log(`${file}: ok (${id} ${version}), stamped`);
      } else {
        const stale = 'checked' in result.definition && !(await stampHolds(JSON.parse(text)));
        console.log(`${file}: ok (${id} ${version})${stale ? ' — its "checked" stamp is out of date: run antrag validate --stamp' : ''}`);
      }
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
