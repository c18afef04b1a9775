import * as vscode from 'vscode';
import type { CommandId } from './commandIds';
import type { TreeCommandId } from '../sidebar/treeCommandIds';

/** One palette command: each lives in its own class, as VS Code's Markdown extension does it. */
export interface Command {
  readonly id: CommandId | TreeCommandId;
  execute(...args: unknown[]): unknown;
}

export function register(commands: readonly Command[]): vscode.Disposable[] {
  return commands.map((c) => vscode.commands.registerCommand(c.id, (...args: unknown[]) => c.execute(...args)));
}
