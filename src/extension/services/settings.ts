import * as vscode from 'vscode';
import type { LanguageSetting } from '../../core/features/language';

export type DecorationStyle = 'underline' | 'background' | 'none';

/** The extension's settings, read fresh each time so a change takes effect at once. */
export interface Settings {
  enabled: boolean;
  explanationLanguage: LanguageSetting;
  decorationStyle: DecorationStyle;
  decorationsEnabled: boolean;
  article: string;
  maxFileSizeKB: number;
  packs: string[];
}

export const SECTION = 'conceptLens';

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    enabled: c.get<boolean>('enabled', true),
    explanationLanguage: c.get<LanguageSetting>('explanationLanguage', 'auto'),
    decorationStyle: c.get<DecorationStyle>('decorations.style', 'underline'),
    decorationsEnabled: c.get<boolean>('decorations.enabled', true),
    article: c.get<string>('article', ''),
    maxFileSizeKB: Math.max(1, c.get<number>('maxFileSizeKB', 2048)),
    packs: c.get<string[]>('packs', []),
  };
}

/**
 * The file a path setting names: a URI, an absolute path (POSIX, Windows or UNC), or a path relative to
 * the first workspace folder.
 */
export function settingUri(p: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const windowsAbsolute = /^[a-z]:[\\/]/i.test(p) || p.startsWith('\\\\');
  if (/^[a-z][\w+.-]+:/i.test(p) && !windowsAbsolute) return vscode.Uri.parse(p);
  if (windowsAbsolute || !folder) return vscode.Uri.file(p);
  if (p.startsWith('/')) return folder.scheme === 'file' ? vscode.Uri.file(p) : folder.with({ path: p });
  return vscode.Uri.joinPath(folder, ...p.split(/[\\/]/).filter(Boolean));
}
