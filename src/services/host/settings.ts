// The extension's settings, as the services read them. Window settings have one value; resource
// settings (`article`, `packs`) may differ per workspace folder, so they are read for a resource.

import type { Event } from '../base/event';
import type { LanguageSetting } from '../../core/features/language';
import type { LintRuleId, Severity } from '../../core/lint/lintTypes';

export type DecorationStyle = 'underline' | 'background' | 'none';
export type PreviewStyle = 'underline' | 'none';

/** Settings of scope "window": one value for the whole window. */
export interface WindowSettings {
  readonly enabled: boolean;
  readonly explanationLanguage: LanguageSetting;
  readonly decorationStyle: DecorationStyle;
  readonly decorationsEnabled: boolean;
  readonly maxFileSizeKB: number;
  readonly followCursor: boolean;
  readonly completionEnabled: boolean;
  /** The concept lint: on or off, and each rule's severity. */
  readonly lint: LintSettings;
  /** Annotate concepts in the Markdown preview. */
  readonly previewEnabled: boolean;
  readonly previewStyle: PreviewStyle;
  /** `conceptLens.export.baseIri` as written (validated when an export uses it); empty for the default. */
  readonly exportBaseIri: unknown;
  /** The workspace index: globs it leaves out (conceptLens.index.exclude) and its cap (conceptLens.index.maxFiles). */
  readonly index: IndexSettings;
}

export interface IndexSettings {
  readonly exclude: readonly string[];
  readonly maxFiles: number;
}

export interface LintSettings {
  readonly enabled: boolean;
  readonly severities: Readonly<Record<LintRuleId, Severity>>;
}

/** Settings of scope "resource": read for a document or folder. */
export interface ResourceSettings {
  readonly article: string;
  readonly packs: readonly string[];
  /** Where new article packs go (empty: beside the article). */
  readonly packFolder: string;
}

export interface SettingsChange {
  /** Whether the change touches `key` (e.g. 'conceptLens.packs'), for `scope` when given. */
  affects(key: string, scope?: string): boolean;
}

export interface ISettings {
  window(): WindowSettings;
  /** For a document or folder URI; without one, for the first workspace folder. */
  resource(scope?: string): ResourceSettings;
  readonly onDidChange: Event<SettingsChange>;
}
