// The safety net shared by codeServer.mjs and chromium.mjs: process groups and temp folders they start
// are killed/removed if this Node process exits without stop()/close() (process.exit, an uncaught
// error, or a signal nobody else handles). One module, so that there is one set of signal handlers.

import { rmSync } from 'node:fs';

/** Process group ids to SIGKILL on exit. */
export const liveGroups = new Set();
/** Folders to remove on exit. */
export const liveTempDirs = new Set();

/** Sends `signal` to the process group `pgid`; false if the group is already gone. */
export function killGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false; // ESRCH: group already gone
  }
}

process.on('exit', () => {
  for (const pgid of liveGroups) killGroup(pgid, 'SIGKILL');
  for (const dir of liveTempDirs) {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
    } catch {
      // best effort
    }
  }
});

let signalsHooked = false;
/** On SIGINT/SIGTERM/SIGHUP that nobody else handles, exits (130/143/129) through the 'exit' hook above. */
export function hookSignals() {
  if (signalsHooked) return;
  signalsHooked = true;
  for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    process.on(sig, function onSignal() {
      // When the application handles the signal itself it must call stop()/close(); otherwise keep
      // the default behaviour (terminate) but through process.exit so the 'exit' hooks above run.
      if (process.listeners(sig).some((l) => l !== onSignal)) return;
      process.exit(code);
    });
  }
}
