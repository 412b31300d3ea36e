import type { ImportReport } from './import-fim.js';

const KINDS: Record<string, string> = { B: 'Berechnung', K: 'Komplex', M: 'Multiplizität', V: 'Validierung' };

/** The one line `antrag import-fim` prints: what was imported and what is left to translate. */
export function summaryLine(report: ImportReport): string {
  const { fields, groups, codeLists, rules } = report.counts;
  const missing = report.missingCodeLists.length;
  return (
    `${report.source.id} ${report.source.version} (XDF ${report.source.xdf}): ${fields} fields, ${groups} groups, ${codeLists} code lists` +
    `${missing > 0 ? ` (${missing} missing)` : ''}, ${rules} rule${rules === 1 ? '' : 's'} to translate, ${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'}.`
  );
}

/** The import report as Markdown: rules to translate with the fields they name, missing code lists, left-out fields, warnings. */
export function renderReport(report: ImportReport): string {
  const { source } = report;
  const cell = (text: string) => text.replaceAll('|', '\\|').replace(/\s+/gu, ' ');
  const lines = [
    `# FIM import: ${source.title}`,
    '',
    `${source.id} version ${source.version}, XDatenfelder ${source.xdf}. ${summaryLine(report)}`,
    '',
    '## What is left to do',
    '',
    `- [ ] Translate ${report.rules.length} rule${report.rules.length === 1 ? '' : 's'} into \`visibleIf\`, \`requiredIf\` or step \`rules\` (below; each is also a note in \`fim.rules\` of the questions it names).`,
    ...(report.missingCodeLists.length > 0 ? [`- [ ] Give ${report.missingCodeLists.length} missing code list${report.missingCodeLists.length === 1 ? '' : 's'} (\`--codelists DIR\`) and import again.`] : []),
    ...(report.choices.length > 0 ? [`- [ ] Check the wording of the ${report.choices.length} question${report.choices.length === 1 ? '' : 's'} "Welche Angabe machen Sie?" written for Auswahlgruppen (below).`] : []),
    '- [ ] Read the warnings; check step titles, labels and hints with the people who will use the form.',
    '- [ ] Run `npx antrag validate` on the definition, then try it in the demo.',
    '',
    `## Rules (${report.rules.length})`,
    '',
    'FIM rules are free text (XDF 3 may add a script). Antrag never executes them: an author writes each in Antrag\'s rule language.',
    '',
  ];
  for (const rule of report.rules) {
    lines.push(`### ${rule.id}${rule.name ? `: ${rule.name}` : ''}`, '');
    lines.push(`- On: ${rule.owner}${rule.kind ? ` · type ${rule.kind} (${KINDS[rule.kind] ?? 'unknown'})` : ''}`);
    lines.push(`- Says: ${rule.text || '(no text)'}`);
    if (rule.names.length === 0) lines.push('- Names no field or group.');
    for (const name of rule.names)
      lines.push(`- Names ${name.fim} → ${name.antrag.length > 0 ? name.antrag.map((id) => `\`${id}\``).join(', ') : 'not in the form'}`);
    if (rule.script) lines.push(`- Script (not executed): \`${rule.script.slice(0, 300).replaceAll('`', "'")}\``);
    if (rule.suggestion) lines.push(`- Suggestion: ${rule.suggestion}`);
    lines.push('');
  }
  if (report.choices.length > 0) {
    lines.push(`## Auswahlgruppen (${report.choices.length})`, '');
    lines.push('The citizen fills exactly one element of an Auswahlgruppe (XDF 3 `art` X). The import asks which with a radio it wrote, and shows each alternative only while it is chosen (`visibleIf`), so only that one is checked and sent. The radio is not FIM data: `toFimData` leaves it out.', '');
    for (const choice of report.choices) {
      lines.push(`### ${choice.element}: ${choice.label}`, '', `- Asked with \`${choice.question}\`${choice.required ? ' (required)' : ' (optional)'}`);
      for (const alternative of choice.alternatives)
        lines.push(`- "${alternative.label}" (${alternative.fim}; option value \`${alternative.value}\`) shows ${alternative.shows.map((id) => `\`${id}\``).join(', ')}`);
      lines.push('');
    }
  }
  if (report.missingCodeLists.length > 0) {
    lines.push(`## Missing code lists (${report.missingCodeLists.length})`, '', '| field | code list | version |', '| --- | --- | --- |');
    for (const missing of report.missingCodeLists) lines.push(`| ${missing.element} | ${cell(missing.uri)} | ${cell(missing.version)} |`);
    lines.push('');
  }
  if (report.dropped.length > 0) lines.push(`## Left out (${report.dropped.length})`, '', ...report.dropped.map((id) => `- ${id}`), '');
  lines.push(`## Warnings (${report.warnings.length})`, '');
  if (report.warnings.length === 0) lines.push('None.');
  else {
    lines.push('| element | warning |', '| --- | --- |');
    for (const warning of report.warnings) lines.push(`| ${warning.element} | ${cell(warning.message)} |`);
  }
  return `${lines.join('\n')}\n`;
}
