/**
 * Resetting talk time asks first: a deliberate key (Shift+R) opens this, and only its Reset button resets. A stray
 * click anywhere else in the view never touches the time.
 */
export class ResetDialog {
  readonly element = document.createElement('dialog');

  constructor(onReset: () => void) {
    this.element.className = 'speaker-dialog';
    this.element.setAttribute('aria-labelledby', 'speaker-reset-title');
    this.element.innerHTML =
      '<h2 id="speaker-reset-title">Reset talk time to 0:00?</h2>' +
      '<p>The time of every slide so far is forgotten, rehearsal times included (download them first).</p>' +
      '<form method="dialog"><button value="keep" autofocus>Keep the time</button> ' +
      '<button value="reset" class="speaker-danger">Reset to 0:00</button></form>';
    this.element.addEventListener('close', () => {
      if (this.element.returnValue === 'reset') onReset();
      this.element.returnValue = '';
    });
  }

  open(): void {
    this.element.returnValue = '';
    this.element.showModal();
  }

  isOpen(): boolean {
    return this.element.open;
  }
}
