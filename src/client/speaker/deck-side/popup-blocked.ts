/**
 * Says that the browser blocked the speaker view's pop-up, and offers the view in this window instead: never a dead
 * end. Escape or Dismiss closes the message, and Escape goes no further (reveal.js would open its overview).
 */
export function showPopupBlocked(showInWindow: () => void): void {
  document.querySelector('.popup-blocked')?.remove();
  const message = document.createElement('div');
  message.className = 'popup-blocked';
  message.setAttribute('role', 'alertdialog');
  message.setAttribute('aria-labelledby', 'popup-blocked-title');
  message.setAttribute('aria-describedby', 'popup-blocked-text');
  message.innerHTML =
    '<p id="popup-blocked-title"><strong>The speaker view could not open in its own window.</strong></p>' +
    '<p id="popup-blocked-text">This browser blocked its pop-up. Show it beside the slide in this window (T), or allow pop-ups for this site (the blocked pop-up icon at the end of the address bar, or the site settings) and press S again.</p>' +
    '<button type="button" class="popup-blocked-here">Show it in this window</button> ' +
    '<button type="button" class="popup-blocked-dismiss">Dismiss</button>';
  const dismiss = () => {
    message.remove();
    document.removeEventListener('keydown', onEscape, true);
  };
  const onEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    dismiss();
  };
  message.querySelector('.popup-blocked-dismiss')?.addEventListener('click', dismiss);
  message.querySelector('.popup-blocked-here')?.addEventListener('click', () => {
    dismiss();
    showInWindow();
  });
  document.addEventListener('keydown', onEscape, true);
  document.body.append(message);
  message.querySelector<HTMLButtonElement>('.popup-blocked-here')?.focus();
}
