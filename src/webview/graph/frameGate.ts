// Cytoscape's canvas renderer keeps a requestAnimationFrame loop running for as long as the graph
// exists, even when nothing changes (it checks a "requested frame" flag on every tick). The gate parks
// that loop once the renderer has had nothing to draw for a few frames, and resumes it as soon as
// anything asks the renderer to redraw (a viewport change, a style or data change, a hover). An idle
// graph then requests no animation frames at all: test/webview/graph.test.mjs counts them.

/** The part of cytoscape's renderer the gate needs (not in cytoscape's public types). */
export interface RendererLike {
  redraw(options?: unknown): void;
  requestedFrame?: boolean;
}

export class FrameGate {
  private parked: FrameRequestCallback[] = [];
  private quiet = 0;
  private readonly native: (cb: FrameRequestCallback) => number;
  private renderer: RendererLike | undefined;
  private readonly loops = new WeakSet<FrameRequestCallback>();

  constructor(
    win: Window,
    /** Frames without drawing after which the loop is parked. */
    private readonly idleFrames = 12,
  ) {
    this.native = win.requestAnimationFrame.bind(win);
    win.requestAnimationFrame = (cb: FrameRequestCallback): number => {
      // Only a loop (the same callback asking again, as the renderer's does) is ever parked; one-off
      // callbacks, such as a browser automation tool's, pass straight through.
      if (!this.renderer || !this.loops.has(cb)) {
        this.loops.add(cb);
        return this.native(cb);
      }
      if (this.renderer.requestedFrame) this.quiet = 0;
      else this.quiet++;
      if (this.quiet > this.idleFrames) {
        this.parked.push(cb);
        return 0;
      }
      return this.native(cb);
    };
  }

  /** Watches a renderer: its redraw() wakes the parked loop. */
  attach(renderer: RendererLike): void {
    this.renderer = renderer;
    const redraw = renderer.redraw.bind(renderer);
    renderer.redraw = (options?: unknown): void => {
      redraw(options);
      this.wake();
    };
  }

  /** Whether the loop is parked (the graph is idle). */
  get idle(): boolean {
    return this.parked.length > 0;
  }

  wake(): void {
    this.quiet = 0;
    if (this.parked.length === 0) return;
    const callbacks = this.parked;
    this.parked = [];
    for (const cb of callbacks) this.native(cb);
  }
}
