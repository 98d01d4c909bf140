/** Why a command was asked to stop: a signal, or the parent that ran it is gone. */
export type StopReason = NodeJS.Signals | 'parent gone';

/** The process that started this one, as it was when this module loaded: at the start, before anything slow. */
const STARTED_BY = process.ppid;

/** How often the parent is looked for: a stop a quarter of a second late costs nothing, and the look is one syscall. */
const PARENT_CHECK_MS = 250;

/**
 * Calls `stop` once, on Ctrl+C (SIGINT), on SIGTERM, or when the process that started this one is gone.
 *
 * The last is how a SIGTERM sent to npm reaches us: npm runs a script through a shell (`sh -c`, cmd.exe) and passes
 * the signal to that shell, and Debian's sh dies of it without passing it on, leaving this process to its own (then
 * adopted by init or a subreaper: the parent's id changes). Ctrl+C in a terminal reaches every process of the group,
 * this one included, as a signal. On Windows, where a process is never adopted, the id never changes. A parent gone
 * before the call (during a build, say) is seen at the first look.
 */
export function onStop(stop: (reason: StopReason) => void): void {
  let stopped = false;
  const once = (reason: StopReason) => {
    if (stopped) return;
    stopped = true;
    clearInterval(watch);
    stop(reason);
  };
  const watch = setInterval(() => {
    if (process.ppid !== STARTED_BY) once('parent gone');
  }, PARENT_CHECK_MS);
  // The watch alone keeps nothing running: a command that is done exits as ever.
  watch.unref();
  process.on('SIGINT', () => {
    once('SIGINT');
  });
  process.on('SIGTERM', () => {
    once('SIGTERM');
  });
}
