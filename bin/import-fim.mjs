// @ts-check
/**
 * `antrag import-fim FILE.xml [--codelists DIR] [--translations FILE]… [--out FILE.json] [--report FILE.md]`: turns a FIM XDatenfelder 2
 * or 3 Stammdatenschema into a definition (to stdout without `--out`) and prints one line of what it holds and
 * what is left to translate. Exit 0 on success; 1 with a plain message for XDF 1, non-XDF or unreadable files;
 * 2 for a wrong command line.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDefinition, stampedText } from '../dist/core.js';
import { FimImportError, importFim, renderReport, summaryLine } from '../dist/fim.js';

export const IMPORT_FIM_USAGE = 'Usage: antrag import-fim <schema.xml> [--codelists <dir>] [--translations <uebersetzung.xml>]… [--out <definition.json>] [--report <report.md>]';

/** @param {string[]} args the arguments after `import-fim` @returns {Promise<number>} the exit code */
export async function importFimCommand(args) {
  /** @type {Record<string, string>} */
  const options = {};
  /** @type {string[]} */
  const files = [];
  /** @type {string[]} */
  const translationFiles = [];
  for (let i = 0; i < args.length; i++) {
    const arg = String(args[i]);
    if (arg === '--translations' && args[i + 1] !== undefined) translationFiles.push(String(args[++i]));
    else if (['--codelists', '--out', '--report'].includes(arg) && args[i + 1] !== undefined) options[arg.slice(2)] = String(args[++i]);
    else if (arg.startsWith('--')) return usage(`Unknown option ${arg}.`);
    else files.push(arg);
  }
  if (files.length !== 1) return usage(files.length === 0 ? 'Name one FIM schema file.' : 'Name one FIM schema file at a time.');
  const file = String(files[0]);
  try {
    const xml = await read(file, 'The schema');
    const codelists = options.codelists ? await readCodeLists(options.codelists) : [];
    const translations = await Promise.all(translationFiles.map((path) => read(path, `The translation ${path}`)));
    const { definition, report } = importFim(xml, { codelists, translations });
    const checked = parseDefinition(definition);
    if (!checked.ok) {
      for (const issue of checked.issues) console.error(`${file}: the imported definition has a problem at ${issue.pointer || '/'}: ${issue.message}`);
      return 1;
    }
    // Checked just now, so it carries the "checked" stamp (decision 0024); an author's edit voids it.
    const json = await stampedText(`${JSON.stringify(definition, null, 2)}\n`);
    if (options.out) await writeFile(options.out, json);
    else process.stdout.write(json);
    if (options.report) await writeFile(options.report, renderReport(report));
    // On stderr when the definition went to stdout, so `> form.json` stays pure JSON.
    const line = `${file}: ${summaryLine(report)}${options.report ? '' : ' Write the report with --report FILE.md.'}`;
    if (options.out) console.log(line);
    else console.error(line);
    return 0;
  } catch (error) {
    if (error instanceof FimImportError || error instanceof CliError) {
      console.error(`${file}: ${error.message}`);
      return 1;
    }
    console.error(`${file}: could not be imported (${error instanceof Error ? error.message : String(error)}).`);
    return 1;
  }
}

class CliError extends Error {}

/** @param {string} message */
function usage(message) {
  console.error(`${message}\n${IMPORT_FIM_USAGE}`);
  return 2;
}

/** @param {string} path @param {string} what */
async function read(path, what) {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(`${what} cannot be read (${/** @type {NodeJS.ErrnoException} */ (error).code ?? error}).`);
  }
}

/** Every `.xml` file in the folder, as text. @param {string} dir */
async function readCodeLists(dir) {
  let names;
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.xml')).sort();
  } catch (error) {
    throw new CliError(`The code list folder ${dir} cannot be read (${/** @type {NodeJS.ErrnoException} */ (error).code ?? error}).`);
  }
  return Promise.all(names.map((name) => read(join(dir, name), `The code list ${name}`)));
}
