import * as vscode from 'vscode';
import type { CommandId } from './commandIds';
import type { TreeCommandId } from '../sidebar/treeCommandIds';
import { errorText, type ILog } from '../../services/host/log';

/** One palette command: each lives in its own class, as VS Code's Markdown extension does it. */
export interface Command {
  readonly id: CommandId | TreeCommandId;
  execute(...args: unknown[]): unknown;
}

/** Registers the commands; a command that fails is logged before VS Code shows its error. */
export function register(commands: readonly Command[], log: ILog): vscode.Disposable[] {
  return commands.map((c) =>
    vscode.commands.registerCommand(c.id, async (...args: unknown[]) => {
      try {
        return await c.execute(...args);
      } catch (e) {
        log.error(`${c.id} failed: ${errorText(e)}`);
        throw e;
      }
    }),
  );
}
