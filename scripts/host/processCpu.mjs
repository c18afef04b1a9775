// CPU time of the processes a UI test runs (Linux /proc): the extension host that code-server starts
// and Chromium's renderers. Used to show what the extension and its webview cost while nothing happens.
//
//   const before = cpuTicks(isExtensionHost);  … a sampling window …  const used = cpuSince(before);

import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of utime/stime in /proc/<pid>/stat (USER_HZ; 100 on every Linux we run). */
export const TICKS_PER_SECOND = 100;

function commandLine(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
}

/** utime + stime of one process, in ticks, or undefined once it has gone. */
function ticksOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
}

export const isExtensionHost = (cmd) => cmd.includes('--type=extensionHost');
export const isRenderer = (cmd) => /chrom/i.test(cmd) && cmd.includes('--type=renderer');

/** The CPU ticks so far of every process whose command line `select` accepts: Map pid → ticks. */
export function cpuTicks(select) {
  const out = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    if (!select(commandLine(name))) continue;
    const t = ticksOf(name);
    if (t !== undefined) out.set(Number(name), t);
  }
  return out;
}

/** Milliseconds of CPU each process in `before` used since then: Map pid → ms (ended ones left out). */
export function cpuMsByProcess(before) {
  const out = new Map();
  for (const [pid, t0] of before) {
    const t = ticksOf(pid);
    if (t !== undefined) out.set(pid, ((t - t0) * 1000) / TICKS_PER_SECOND);
  }
  return out;
}

/** Milliseconds of CPU the processes in `before` used since then, together. */
export function cpuMsSince(before) {
  let ms = 0;
  for (const v of cpuMsByProcess(before).values()) ms += v;
  return ms;
}
