import type { RevealApi } from 'reveal.js';
import type { NotesPlugin } from 'reveal.js/plugin/notes';

const S_KEY = 83;

function showPopupBlocked(): void {
  document.querySelector('.popup-blocked')?.remove();
  const message = document.createElement('div');
  message.className = 'popup-blocked';
  message.setAttribute('role', 'alertdialog');
  message.setAttribute('aria-labelledby', 'popup-blocked-title');
  message.innerHTML =
    '<p id="popup-blocked-title"><strong>The speaker view could not open.</strong></p>' +
    '<p>This browser blocked its pop-up window. Allow pop-ups for this site (the blocked pop-up icon at the end of the address bar, or the site settings), then press S again.</p>' +
    '<button type="button">Dismiss</button>';
  const dismiss = () => {
    message.remove();
    document.removeEventListener('keydown', onEscape, true);
  };
  const onEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    dismiss();
  };
  message.querySelector('button')?.addEventListener('click', dismiss);
  document.addEventListener('keydown', onEscape, true);
  document.body.append(message);
  message.querySelector('button')?.focus();
}

/** Opens the speaker view, or explains why the browser would not let it open. */
function openSpeakerView(notes: NotesPlugin): void {
  try {
    notes.open();
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    showPopupBlocked();
  }
}

/**
 * Opens the speaker view on S, as the notes plugin does, but survives a blocked pop-up: stock reveal.js 6 then
 * dereferences the missing window and throws a TypeError, and the presenter sees nothing. `notes` resolves once the
 * plugin is registered; S works from the start and waits for it if it must.
 */
export function guardSpeakerView(deck: RevealApi, notes: Promise<NotesPlugin>): void {
  const bindS = (handler: () => void) => {
    deck.removeKeyBinding(S_KEY);
    deck.addKeyBinding({ keyCode: S_KEY, key: 'S', description: 'Speaker notes view' }, handler);
  };
  bindS(() => {
    void notes.then(openSpeakerView);
  });
  // The plugin binds S itself as it registers; take the key back.
  void notes.then((plugin) => {
    bindS(() => {
      openSpeakerView(plugin);
    });
  });
}
