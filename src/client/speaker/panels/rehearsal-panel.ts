import { formatDuration } from '../state/pacing.ts';
import { download, rehearsalCsv, rehearsalFileName, rehearsalJson, type Rehearsal } from '../state/rehearsal.ts';

interface RehearsalActions {
  downloadCsv(): void;
  downloadJson(): void;
  /** Makes the rehearsed times the plan (true) or goes back to the plan from the words (false). */
  usePlan(on: boolean): void;
}

/** The panel, its downloads writing the table as it stands when clicked. */
export function rehearsalPanel(
  table: () => Rehearsal,
  deck: string,
  usePlan: RehearsalActions['usePlan'],
): RehearsalPanel {
  return new RehearsalPanel({
    downloadCsv: () => {
      download(rehearsalFileName(new Date(), 'csv'), 'text/csv', rehearsalCsv(table()));
    },
    downloadJson: () => {
      download(rehearsalFileName(new Date(), 'json'), 'application/json', rehearsalJson(table(), deck, new Date()));
    },
    usePlan,
  });
}

function signed(seconds: number | null): string {
  if (seconds === null) return '—';
  return seconds > 0 ? `+${formatDuration(seconds)}` : formatDuration(seconds);
}

function duration(seconds: number | null): string {
  return seconds === null ? '—' : formatDuration(seconds);
}

/** Rehearsal mode's table: slide, planned, actual, difference, with totals; its downloads; the plan switch. */
export class RehearsalPanel {
  readonly element: HTMLElement;
  private readonly body: HTMLTableSectionElement;
  private readonly foot: HTMLTableSectionElement;
  private readonly planSwitch: HTMLInputElement;
  private lastRendered = '';
  /** The row last scrolled into the table's sight, once the table was drawn. */
  private placedRow = -1;

  constructor(actions: RehearsalActions) {
    this.element = document.createElement('div');
    this.element.className = 'speaker-rehearsal';
    this.element.setAttribute('role', 'group');
    this.element.setAttribute('aria-labelledby', 'speaker-rehearsal-title');
    this.element.innerHTML =
      '<h2 id="speaker-rehearsal-title">Rehearsal</h2>' +
      '<div class="speaker-rehearsal-actions">' +
      '<button type="button" data-action="csv">Download CSV</button>' +
      '<button type="button" data-action="json">Download JSON</button>' +
      '<label><input type="checkbox" data-action="plan" /> Use rehearsed times as the plan</label>' +
      '</div>' +
      '<div class="speaker-rehearsal-scroll" tabindex="0" role="group" aria-label="Seconds per slide">' +
      '<table><thead><tr><th scope="col">Slide</th><th scope="col">Planned</th><th scope="col">Actual</th><th scope="col">Difference</th></tr></thead>' +
      '<tbody></tbody><tfoot></tfoot></table></div>';
    const table = this.element.querySelector('table');
    if (table === null) throw new Error('The rehearsal table did not render.');
    this.body = table.tBodies[0] ?? table.createTBody();
    this.foot = table.tFoot ?? table.createTFoot();
    this.planSwitch =
      this.element.querySelector<HTMLInputElement>('input[data-action="plan"]') ?? document.createElement('input');
    this.element.querySelector('[data-action="csv"]')?.addEventListener('click', () => {
      actions.downloadCsv();
    });
    this.element.querySelector('[data-action="json"]')?.addEventListener('click', () => {
      actions.downloadJson();
    });
    this.planSwitch.addEventListener('change', () => {
      actions.usePlan(this.planSwitch.checked);
    });
  }

  update(table: Rehearsal, current: number, planIsRehearsal: boolean): void {
    this.planSwitch.checked = planIsRehearsal;
    const key = JSON.stringify([table, current]);
    if (key === this.lastRendered) {
      this.placeCurrentRow(current);
      return;
    }
    this.lastRendered = key;
    const cells = (first: string, planned: number, actual: number | null, difference: number | null) =>
      `<th scope="row">${first}</th><td>${formatDuration(planned)}</td><td>${duration(actual)}</td><td>${signed(difference)}</td>`;
    this.body.replaceChildren(
      ...table.rows.map((row, index) => {
        const line = document.createElement('tr');
        line.dataset.slide = row.id;
        if (index === current) line.setAttribute('aria-current', 'step');
        line.innerHTML = cells(String(row.number), row.planned, row.actual, row.difference);
        if (row.running) line.cells[2]?.replaceChildren('running');
        line.title = row.headline;
        return line;
      }),
    );
    const { planned, actual, difference } = table.totals;
    this.foot.innerHTML = `<tr>${cells('Finished', planned, actual, difference)}</tr>`;
    this.placedRow = -1;
    this.placeCurrentRow(current);
  }

  /**
   * Scrolls the table, and nothing around it (scrollIntoView would move the slides out of sight), to the slide on:
   * once a slide, when the table is drawn, so that the speaker can scroll it too.
   */
  private placeCurrentRow(current: number): void {
    const row = this.body.querySelector('[aria-current]');
    const scroller = this.element.querySelector('.speaker-rehearsal-scroll');
    if (current === this.placedRow || row === null || scroller === null) return;
    const rowBox = row.getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    if (box.height === 0) return;
    this.placedRow = current;
    if (rowBox.top < box.top || rowBox.bottom > box.bottom) {
      scroller.scrollTop += rowBox.top - box.top - (box.height - rowBox.height) / 2;
    }
  }
}
