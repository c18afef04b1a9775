// Times activation phase by phase, wall-clock. (Not CPU time: process.cpuUsage() took 0.76 ms per
// call in the extension host, more than some of the phases it would time. On a loaded machine take
// the median of several hosts: npm run bench:activation.)

export type ActivationPhase = 'pack' | 'firstScan' | 'services' | 'registrations';

/** Milliseconds of each phase. */
export interface ActivationFigures {
  /** Evaluating the bundle, from its first line to its last; undefined if the bundle has no start mark. */
  readonly load: number | undefined;
  readonly pack: number;
  /** Undefined when no Markdown editor was active. */
  readonly firstScan: number | undefined;
  readonly services: number;
  readonly registrations: number;
  /** activate() from its first line to its return. */
  readonly activate: number;
  /**
   * Bundle load plus activate(): the figure the activation goal is about. Not the time from the
   * bundle's start to activate's end: in between, the host waits for the window to send the
   * extension's storage, which is not ours to count.
   */
  readonly total: number;
}

export class ActivationClock {
  private readonly start = performance.now();
  private lapStart = this.start;
  private readonly laps = new Map<ActivationPhase, number>();

  /** `load`: the bundle's evaluation in ms, when the bundle marks its start. */
  constructor(private readonly load: number | undefined) {}

  /** Ends the current phase, recording it under `phase` unless `phase` is undefined (it did not happen). */
  lap(phase: ActivationPhase | undefined): void {
    const t = performance.now();
    if (phase) this.laps.set(phase, t - this.lapStart);
    this.lapStart = t;
  }

  figures(): ActivationFigures {
    const activate = performance.now() - this.start;
    return {
      load: this.load,
      pack: this.laps.get('pack') ?? 0,
      firstScan: this.laps.get('firstScan'),
      services: this.laps.get('services') ?? 0,
      registrations: this.laps.get('registrations') ?? 0,
      activate,
      total: activate + (this.load ?? 0),
    };
  }
}

/** One line for the log and the test report. */
export function describeFigures(f: ActivationFigures): string {
  const t = (ms: number | undefined): string => (ms === undefined ? 'n/a' : `${ms.toFixed(1)} ms`);
  return `total ${t(f.total)} = bundle load ${t(f.load)} + activate() ${t(f.activate)}; in activate(): pack ${t(f.pack)}, first scan ${t(f.firstScan)}, services ${t(f.services)}, registrations ${t(f.registrations)}`;
}
