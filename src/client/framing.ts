/** Whether `other` is a window of this page's own origin: reading its address throws for any other. */
function isOwn(other: Window): boolean {
  try {
    return typeof other.location.href === 'string';
  } catch {
    return false;
  }
}

/**
 * Whether the deck is framed by a page that is not its own: another origin, or (from a folder, where every file is
 * an origin of its own) any other file. A page of the deck's own origin could script the deck anyway.
 */
export function isFramedByStranger(): boolean {
  if (window.self === window.top) return false;
  return !isOwn(window.parent) || window.top === null || !isOwn(window.top);
}

/**
 * In place of the deck, a short notice with a link that opens it on its own: a framing page could steer it or read
 * what it shows. The deck never starts, so nothing in this window answers a message.
 */
export function showFramedNotice(): void {
  for (const element of document.body.children) if (element instanceof HTMLElement) element.hidden = true;
  const notice = document.createElement('p');
  notice.className = 'framed-notice';
  notice.setAttribute('role', 'alert');
  notice.textContent = 'This presentation does not run inside another page. ';
  const link = document.createElement('a');
  link.href = window.location.href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.textContent = 'Open it on its own.';
  notice.append(link);
  Object.assign(notice.style, { font: '1.25rem/1.5 Georgia, serif', margin: '2rem', color: '#1b2435' });
  document.body.append(notice);
}
