// Loads dist/authoring.js (authoringEntry.ts) once, when an authoring command first needs it.

import * as vscode from 'vscode';

export type AuthoringModule = typeof import('../authoringEntry');

export class AuthoringModuleLoader {
  private module: AuthoringModule | undefined;

  constructor(private readonly extensionUri: vscode.Uri) {}

  get(): AuthoringModule {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- its own bundle, kept out of activation
    return (this.module ??= require(vscode.Uri.joinPath(this.extensionUri, 'dist', 'authoring.js').fsPath) as AuthoringModule);
  }
}
