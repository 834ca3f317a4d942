import * as vscode from 'vscode';

export const diagnosticSource = 'rhetlint';
export const lintedLanguages: readonly string[] = ['markdown', 'plaintext'];

export interface FindingCounts {
  errors: number;
  warnings: number;
  suggestions: number;
}

export function countFindings(uri: vscode.Uri): FindingCounts {
  const counts: FindingCounts = { errors: 0, warnings: 0, suggestions: 0 };
  for (const diagnostic of vscode.languages.getDiagnostics(uri)) {
    if (diagnostic.source !== diagnosticSource) {
      continue;
    }
    if (diagnostic.severity === vscode.DiagnosticSeverity.Error) {
      counts.errors++;
    } else if (diagnostic.severity === vscode.DiagnosticSeverity.Warning) {
      counts.warnings++;
    } else {
      counts.suggestions++;
    }
  }
  return counts;
}

/** Finding counts of the active draft; a click opens the Problems view. */
export class FindingsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('rhetlint.findings', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  private serverRunning = false;

  constructor() {
    this.item.name = 'Rhetlint findings';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active !== undefined && event.uris.some((uri) => uri.toString() === active)) {
          this.update();
        }
      }),
    );
    this.update();
  }

  setServerRunning(running: boolean): void {
    this.serverRunning = running;
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (document === undefined || !lintedLanguages.includes(document.languageId)) {
      this.item.hide();
      return;
    }
    if (!this.serverRunning) {
      // Without this, a server that failed to start would look like a draft with no findings.
      this.item.text = '$(circle-slash) Rhetlint';
      this.item.tooltip = 'Rhetlint: the language server is not running. Click to see its output.';
      this.item.accessibilityInformation = { label: 'Rhetlint: the language server is not running' };
      this.item.command = 'rhetlint.showOutput';
      this.item.show();
      return;
    }
    this.item.command = 'workbench.actions.view.problems';
    const { errors, warnings, suggestions } = countFindings(document.uri);
    this.item.text = errors + warnings + suggestions === 0
      ? '$(check) Rhetlint'
      : `Rhetlint $(error) ${errors} $(warning) ${warnings} $(info) ${suggestions}`;
    const summary = `Rhetlint: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(suggestions, 'suggestion')}`;
    this.item.tooltip = `${summary} in this document. Click to open the Problems view.`;
    this.item.accessibilityInformation = { label: summary };
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const subscription of this.subscriptions) {
      subscription.dispose();
    }
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
