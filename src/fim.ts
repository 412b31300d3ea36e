/**
 * `antrag/fim`, for Node (a build step or an intake server): imports FIM XDatenfelder 2 and 3 schemas into
 * Antrag definitions, and delivers submitted answers keyed by the FIM schema. Not part of the script-tag file.
 */
export { importFim, type ImportFimOptions, type ImportReport, type ImportResult } from './fim/import-fim.js';
export { renderReport, summaryLine } from './fim/fim-report.js';
export { toFimData, type FimData } from './fim/to-fim-data.js';
export { FimImportError } from './fim/xml-node.js';
export { readGenericode, type CodeList } from './fim/read-genericode.js';
