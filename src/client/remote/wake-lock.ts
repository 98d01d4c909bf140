/**
 * Keeps the phone's screen on while the clicker is open, where the browser allows it (Screen Wake Lock: secure
 * contexts only, so on the hall's plain http address most phones decline and the page says nothing of it). The lock
 * ends when the page is hidden, so it is asked for again on return.
 */
export function keepScreenOn(): void {
  const request = () => {
    if (document.visibilityState !== 'visible' || !('wakeLock' in navigator)) return;
    navigator.wakeLock.request('screen').catch(() => undefined);
  };
  document.addEventListener('visibilitychange', request);
  request();
}
