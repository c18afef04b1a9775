// Entry of dist/web/extension.js (package.json "browser"): the web worker extension host of vscode.dev,
// github.dev and code-server.

import type * as vscode from 'vscode';
import { activateWith, type ConceptLensApi } from './extension';
import { webPlatform } from './platform/webPlatform';

export function activate(context: vscode.ExtensionContext): ConceptLensApi {
  return activateWith(context, webPlatform());
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
