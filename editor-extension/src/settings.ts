import * as path from 'node:path';
import * as vscode from 'vscode';

/** The settings the server reads, as `settings.rhetlint` of `workspace/didChangeConfiguration`. */
export interface ServerSettings {
  /** null: the profile from .editorconfig. */
  profile: 'news' | 'opinion' | null;
  severityThreshold: 'error' | 'warning' | 'suggestion';
  run: 'onType' | 'onSave';
  debounceMs: number;
  /** C# rule files may run: only from user settings, and only in a trusted workspace. */
  allowCodeRules: boolean;
}

export function readServerSettings(): ServerSettings {
  const config = vscode.workspace.getConfiguration('rhetlint');
  const profile = config.get<string>('profile', 'editorconfig');
  return {
    profile: profile === 'news' || profile === 'opinion' ? profile : null,
    severityThreshold: oneOf(config.get<string>('severityThreshold'), ['error', 'warning', 'suggestion'], 'suggestion'),
    run: oneOf(config.get<string>('run'), ['onType', 'onSave'], 'onType'),
    debounceMs: Math.max(0, Math.round(config.get<number>('debounceMs', 200))),
    // A workspace's own settings could be a stranger's: the value must come from the user's settings.
    allowCodeRules: vscode.workspace.isTrusted && config.inspect<boolean>('allowCodeRules')?.globalValue === true,
  };
}

/** The configured server path; a relative one is taken from the first workspace folder. */
export function readServerPath(): string {
  const configured = vscode.workspace.getConfiguration('rhetlint').get<string>('server.path', '').trim();
  const folder = vscode.workspace.workspaceFolders?.[0];
  return configured === '' || path.isAbsolute(configured) || folder === undefined || folder.uri.scheme !== 'file'
    ? configured
    : path.join(folder.uri.fsPath, configured);
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  return allowed.find((candidate) => candidate === value) ?? fallback;
}
