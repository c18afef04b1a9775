// The hover of a misspelt concept name: the concept that was meant, and its explanation.

import * as vscode from 'vscode';
import { escapeMarkdown } from '../../core/features/markdownEscape';
import { didYouMean } from '../../core/lint/lintMessages';
import type { ConceptLint } from '../../services/conceptLint';
import type { ReaderLanguage } from '../../services/readerLanguage';
import { languageSample } from '../host/textDocuments';

export class LintHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly lint: ConceptLint,
    private readonly language: ReaderLanguage,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const uri = document.uri.toString();
    const finding = this.lint.findingAt(uri, document.version, document.offsetAt(position));
    const report = this.lint.reportFor(uri, document.version);
    if (!finding || !report || finding.rule !== 'concept-misspelling' || report.severities[finding.rule] === 'off') return undefined;
    const concept = report.pack.concepts[finding.concept]!;
    const lang = this.language.of(languageSample(document));
    const other = lang === 'zh' ? 'en' : 'zh';
    const main = concept.name[lang] ?? concept.name[other] ?? concept.id;
    const second = concept.name[other];
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`${escapeMarkdown(didYouMean(finding.expected, lang))}\n\n`);
    md.appendMarkdown(`**${escapeMarkdown(main)}**${second && second !== main ? ` · ${escapeMarkdown(second)}` : ''}\n\n`);
    const explanation = concept.explanation[lang] ?? concept.explanation[other];
    if (explanation) md.appendMarkdown(escapeMarkdown(explanation));
    md.isTrusted = false;
    md.supportHtml = false;
    return new vscode.Hover(md, new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end)));
  }
}
