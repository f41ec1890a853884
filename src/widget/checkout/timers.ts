/**
 * The checkout's timers, so that removing the widget stops everything it was doing: one-shot
 * callbacks (announcements, polls) and at most one repeating countdown (the price hold or the time
 * left to pay). Nothing runs after `dispose()`.
 */
export class Timers {
  private readonly pending = new Set<ReturnType<typeof setTimeout>>();
  private ticker?: ReturnType<typeof setInterval>;
  private stopped = false;

  /** True once the widget was removed: late answers must not touch the page any more. */
  get disposed(): boolean {
    return this.stopped;
  }

  later(ms: number, fn: () => void): void {
    const t = setTimeout(() => {
      this.pending.delete(t);
      if (!this.stopped) fn();
    }, ms);
    this.pending.add(t);
  }

  /**
   * Runs `fn` now and then every `ms`, in place of the previous countdown. The interval is armed
   * before the first run, so an `fn` that stops the countdown on its first run really stops it.
   */
  every(ms: number, fn: () => void): void {
    this.stopCountdown();
    this.ticker = setInterval(fn, ms);
    fn();
  }

  stopCountdown(): void {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = undefined;
  }

  clear(): void {
    for (const t of this.pending) clearTimeout(t);
    this.pending.clear();
    this.stopCountdown();
  }

  dispose(): void {
    this.stopped = true;
    this.clear();
  }
}
