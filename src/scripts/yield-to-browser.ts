/**
 * Ends the current task and goes on in a new one, so that the browser can answer a key press or draw a frame in
 * between: a search's steps (Pagefind's, then drawing each result) would otherwise run as one long task that
 * blocks the page. `scheduler.yield()` resumes ahead of other queued work; where it is missing, a zero timeout.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
