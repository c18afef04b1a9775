// Entry of dist/extension.js (package.json "main"): the desktop's Node extension host.

import type * as vscode from 'vscode';
import { activateWith, type ConceptLensApi } from './extension';
import { nodePlatform } from './platform/nodePlatform';

export function activate(context: vscode.ExtensionContext): ConceptLensApi {
  return activateWith(context, nodePlatform(context.extensionUri));
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
