/**
 * Checks again, a little after a file change, that what was loaded is what is on disk now.
 *
 * The file watcher can report a save in pieces and then miss its last piece: Node's writeFile
 * truncates and then writes, the watcher reads the empty (or half-written) file on the first
 * event, and drops the second when the file's modified time has not moved on (Linux stamps
 * files with a coarse clock) or it came within a few milliseconds. The deck would then stay on
 * what it read mid-save (an empty deck.yaml is an error) until the next edit. A later look at
 * the bytes catches it; when they are as loaded, the look costs only the reads.
 */
export interface Settle {
  /** After a change was handled: runs `recheck` at each of the delays, from now. */
  changed(): void;
  /** Stops the pending checks (the server closes). */
  stop(): void;
}

/** @param delays milliseconds after a change; a new change starts them over */
export function settleAfterChanges(recheck: () => void, delays: readonly number[] = [50, 250, 1000]): Settle {
  let timers: ReturnType<typeof setTimeout>[] = [];
  const stop = (): void => {
    for (const timer of timers) clearTimeout(timer);
    timers = [];
  };
  return {
    changed() {
      stop();
      // unref: a pending check never keeps a closing server's process alive.
      timers = delays.map((delay) => setTimeout(recheck, delay).unref());
    },
    stop,
  };
}
