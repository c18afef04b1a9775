// Times activation phase by phase in wall-clock time, and as a whole also in CPU time: on a loaded
// machine the wall clock also counts time the OS gave to other processes, while the CPU time is what
// activation itself cost. (process.cpuUsage() takes a fraction of a millisecond in the extension host,
// so the phases are timed by the wall clock only.)

/** One phase: wall-clock and CPU milliseconds (CPU undefined where the host has no process.cpuUsage). */
export interface PhaseTime {
  readonly ms: number;
  readonly cpuMs: number | undefined;
}

export type ActivationPhase = 'pack' | 'firstScan' | 'services' | 'registrations';

export interface ActivationFigures {
  /** Evaluating the bundle, from its first line to its last; undefined if the bundle has no start mark. */
  readonly load: PhaseTime | undefined;
  readonly pack: PhaseTime;
  /** Undefined when no Markdown editor was active. */
  readonly firstScan: PhaseTime | undefined;
  readonly services: PhaseTime;
  readonly registrations: PhaseTime;
  /** activate() from its first line to its return. */
  readonly activate: PhaseTime;
  /**
   * Bundle load plus activate(): the figure the activation goal is about. Not the time from the
   * bundle's start to activate's end: in between, the host waits for the window to send the
   * extension's storage, which is not ours to count.
   */
  readonly total: PhaseTime;
}

/** A point in time, wall-clock and CPU. */
export interface Instant {
  readonly ms: number;
  readonly cpuMs: number | undefined;
}

export function now(): Instant {
  const usage = typeof process === 'object' && typeof process.cpuUsage === 'function' ? process.cpuUsage() : undefined;
  return { ms: performance.now(), cpuMs: usage && (usage.user + usage.system) / 1000 };
}

function between(a: Instant, b: Instant): PhaseTime {
  return { ms: b.ms - a.ms, cpuMs: a.cpuMs === undefined || b.cpuMs === undefined ? undefined : b.cpuMs - a.cpuMs };
}

function plus(a: PhaseTime, b: PhaseTime): PhaseTime {
  return { ms: a.ms + b.ms, cpuMs: a.cpuMs === undefined || b.cpuMs === undefined ? undefined : a.cpuMs + b.cpuMs };
}

export class ActivationClock {
  private readonly start = now();
  private lapStart = this.start.ms;
  private readonly laps = new Map<ActivationPhase, PhaseTime>();

  /** `load`: the bundle's evaluation, from its first line to its last, when the bundle marks it. */
  constructor(private readonly load: PhaseTime | undefined) {}

  static loadBetween(first: Instant | undefined, last: Instant): PhaseTime | undefined {
    return first && between(first, last);
  }

  /** Ends the current phase, recording it under `phase` unless `phase` is undefined (it did not happen). */
  lap(phase: ActivationPhase | undefined): void {
    const t = performance.now();
    if (phase) this.laps.set(phase, { ms: t - this.lapStart, cpuMs: undefined });
    this.lapStart = t;
  }

  figures(): ActivationFigures {
    const activate = between(this.start, now());
    const none: PhaseTime = { ms: 0, cpuMs: undefined };
    return {
      load: this.load,
      pack: this.laps.get('pack') ?? none,
      firstScan: this.laps.get('firstScan'),
      services: this.laps.get('services') ?? none,
      registrations: this.laps.get('registrations') ?? none,
      activate,
      total: this.load ? plus(this.load, activate) : activate,
    };
  }
}

/** One line for the log and the test report. */
export function describeFigures(f: ActivationFigures): string {
  const t = (p: PhaseTime | undefined): string => (p ? `${p.ms.toFixed(1)} ms${p.cpuMs === undefined ? '' : ` (CPU ${p.cpuMs.toFixed(1)})`}` : 'n/a');
  return `total ${t(f.total)} = bundle load ${t(f.load)} + activate() ${t(f.activate)}; in activate(): pack ${t(f.pack)}, first scan ${t(f.firstScan)}, services ${t(f.services)}, registrations ${t(f.registrations)}`;
}
