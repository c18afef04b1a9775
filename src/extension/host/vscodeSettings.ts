// ISettings (src/services/host/settings.ts) over the configuration section `conceptLens`. Window
// settings are read once and kept until a configuration change (the scans read them per keystroke);
// resource settings are read for their resource each time.

import * as vscode from 'vscode';
import { DEFAULT_SEVERITY, isSeverity, type Severity } from '../../core/lint/lintTypes';
import { Disposable } from '../../services/base/disposable';
import { Emitter } from '../../services/base/event';
import type { DecorationStyle, PreviewStyle, ISettings, ResourceSettings, SettingsChange, WindowSettings } from '../../services/host/settings';
import type { LanguageSetting } from '../../core/features/language';
import { toUri } from './textDocuments';

export const SECTION = 'conceptLens';

export class VscodeSettings extends Disposable implements ISettings {
  private cached: WindowSettings | undefined;
  private readonly changed = this.register(new Emitter<SettingsChange>());
  readonly onDidChange = this.changed.event;

  constructor() {
    super();
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(SECTION)) return;
        // Before anyone hears of the change, so that they read the new values.
        this.cached = undefined;
        this.changed.fire({ affects: (key, scope) => e.affectsConfiguration(key, scope === undefined ? undefined : toUri(scope)) });
      }),
    );
  }

  window(): WindowSettings {
    return (this.cached ??= readWindowSettings());
  }

  resource(scope?: string): ResourceSettings {
    const c = vscode.workspace.getConfiguration(SECTION, scope === undefined ? undefined : toUri(scope));
    return { article: c.get<string>('article', ''), packs: c.get<string[]>('packs', []), packFolder: c.get<string>('packFolder', '') };
  }

  /** Sets a window setting where its value in effect comes from: a workspace value would win over a user one. */
  async updateWindow(key: 'decorations.enabled', value: boolean): Promise<void> {
    const config = vscode.workspace.getConfiguration(SECTION);
    const target = config.inspect(key)?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await config.update(key, value, target);
  }
}

function readWindowSettings(): WindowSettings {
  const c = vscode.workspace.getConfiguration(SECTION);
  return {
    enabled: c.get<boolean>('enabled', true),
    explanationLanguage: c.get<LanguageSetting>('explanationLanguage', 'auto'),
    decorationStyle: c.get<DecorationStyle>('decorations.style', 'underline'),
    decorationsEnabled: c.get<boolean>('decorations.enabled', true),
    maxFileSizeKB: Math.max(1, c.get<number>('maxFileSizeKB', 2048)),
    followCursor: c.get<boolean>('sidebar.followCursor', true),
    completionEnabled: c.get<boolean>('completion.enabled', true),
    lint: {
      enabled: c.get<boolean>('lint.enabled', true),
      severities: {
        'concept-misspelling': severity(c.get('lint.misspelling'), DEFAULT_SEVERITY['concept-misspelling']),
        'concept-name-variant': severity(c.get('lint.nameVariant'), DEFAULT_SEVERITY['concept-name-variant']),
        'concept-first-gloss': severity(c.get('lint.firstGloss'), DEFAULT_SEVERITY['concept-first-gloss']),
        'concept-read-directive': severity(c.get('lint.readDirective'), DEFAULT_SEVERITY['concept-read-directive']),
      },
    },
    previewEnabled: c.get<boolean>('preview.enabled', true),
    previewStyle: c.get<PreviewStyle>('preview.style', 'underline') === 'none' ? 'none' : 'underline',
    exportBaseIri: c.get<unknown>('export.baseIri', ''),
    index: {
      exclude: indexExcludes(),
      maxFiles: Math.max(1, Math.floor(c.get<number>('index.maxFiles', 20000))),
    },
  };
}

/**
 * conceptLens.index.exclude of the workspace and of each of its folders, together: one index serves
 * every folder, as files.exclude is read for the index (VscodeWorkspace.fileExcludes).
 */
function indexExcludes(): string[] {
  const out = new Set<string>();
  for (const scope of workspaceScopes()) {
    const value = vscode.workspace.getConfiguration(SECTION, scope).get<unknown>('index.exclude', []);
    if (Array.isArray(value)) for (const g of value) if (typeof g === 'string') out.add(g);
  }
  return [...out];
}

/** The scopes a setting for the whole workspace is read in: the workspace, then each of its folders. */
export function workspaceScopes(): (vscode.Uri | undefined)[] {
  return [undefined, ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri)];
}

/** A severity setting as written, else the rule's default (a hand-edited settings.json may hold anything). */
function severity(value: unknown, fallback: Severity): Severity {
  return isSeverity(value) ? value : fallback;
}
