// Code actions on findings under the cursor: apply the suggested replacement, jump to the figure it
// contradicts, ignore this one finding, or turn the rule off. Command arguments are numbers, URIs, rule codes
// and the ignore key; titles never become markdown.
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { KeyedFinding } from '../ignoredFindings';
import { COMMANDS } from './commands';
import { toDiagnostic } from './diagnostics';

const MAX_TITLE_TEXT = 60;
const short = (s: string) => {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > MAX_TITLE_TEXT ? `${flat.slice(0, MAX_TITLE_TEXT - 1)}…` : flat;
};

export function buildCodeActions(findings: KeyedFinding[], document: TextDocument, range: Range): CodeAction[] {
  const from = document.offsetAt(range.start);
  const to = document.offsetAt(range.end);
  const actions: CodeAction[] = [];
  for (const keyed of findings) {
    const { finding } = keyed;
    if (finding.start > to || finding.end < from) continue;
    const diagnostic: Diagnostic = toDiagnostic(keyed, document);
    if (finding.replacement !== undefined) {
      actions.push({
        title: `Replace with ${short(finding.replacement)}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [document.uri]: [{ range: diagnostic.range, newText: finding.replacement }] } },
      });
    }
    finding.related.forEach((related, i) => {
      const r = diagnostic.relatedInformation![i].location.range;
      actions.push({
        title: `Go to related figure: ${short(related.message)}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: {
          title: 'Reveal',
          command: COMMANDS.revealRange,
          arguments: [document.uri, r.start.line, r.start.character, r.end.line, r.end.character],
        },
      });
    });
    actions.push({
      title: 'Ignore this finding',
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title: 'Ignore this finding', command: COMMANDS.ignoreFinding, arguments: [document.uri, keyed.key] },
    });
    actions.push({
      title: `Disable rule ${finding.code}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title: 'Disable rule', command: COMMANDS.disableRule, arguments: [finding.code] },
    });
  }
  return actions;
}
