import type { Plan } from './pacing.ts';

/** One slide of a rehearsal: the seconds planned and actually spent on it. */
interface RehearsalRow {
  readonly number: number;
  readonly id: string;
  readonly headline: string;
  readonly planned: number;
  /** Seconds spent on the slide, once finished; null for a slide not rehearsed yet or still running. */
  readonly actual: number | null;
  /** Actual less planned: positive when the slide took longer; null until the slide is finished. */
  readonly difference: number | null;
  /** The slide on screen while talk time counts: not finished, so neither compared nor adopted. */
  readonly running: boolean;
}

export interface Rehearsal {
  readonly rows: readonly RehearsalRow[];
  readonly totals: { readonly planned: number; readonly actual: number; readonly difference: number };
}

/**
 * The rehearsal table: every slide of the plan with its recorded seconds (whole seconds, as the plan counts). The
 * slide `running` (the one on screen) is not finished: it shows as running and counts nowhere. The totals are over the
 * finished slides only, planned and actual alike, so a rehearsal of part of the talk compares like with like.
 */
export function rehearsal(plan: Plan, secondsOn: (id: string) => number, running?: string): Rehearsal {
  const rows = plan.map((slide): RehearsalRow => {
    const isRunning = slide.id === running;
    const spent = isRunning ? 0 : secondsOn(slide.id);
    const actual = spent > 0 ? Math.round(spent) : null;
    return {
      number: slide.number,
      id: slide.id,
      headline: slide.headline,
      planned: slide.seconds,
      actual,
      difference: actual === null ? null : actual - slide.seconds,
      running: isRunning,
    };
  });
  const done = rows.filter((row) => row.actual !== null);
  const sum = (pick: (row: RehearsalRow) => number | null) => done.reduce((total, row) => total + (pick(row) ?? 0), 0);
  return {
    rows,
    totals: {
      planned: sum((row) => row.planned),
      actual: sum((row) => row.actual),
      difference: sum((row) => row.difference),
    },
  };
}

/** The seconds recorded for the slides finished in rehearsal, by id: what "use as the plan" puts in. */
export function recordedSeconds(table: Rehearsal): Record<string, number> {
  return Object.fromEntries(table.rows.flatMap((row) => (row.actual === null ? [] : [[row.id, row.actual]])));
}

function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The table as CSV (RFC 4180), seconds as whole numbers, with a totals line. */
export function rehearsalCsv(table: Rehearsal): string {
  const header = ['slide', 'id', 'headline', 'planned_s', 'actual_s', 'difference_s'];
  const lines = table.rows.map((row) => [row.number, row.id, row.headline, row.planned, row.actual, row.difference]);
  const { planned, actual, difference } = table.totals;
  return [header, ...lines, ['total', '', '', planned, actual, difference]]
    .map((line) => line.map(csvField).join(','))
    .join('\r\n')
    .concat('\r\n');
}

export function rehearsalJson(table: Rehearsal, deck: string, recordedAt: Date): string {
  return `${JSON.stringify({ deck, recordedAt: recordedAt.toISOString(), unit: 'seconds', ...table }, null, 2)}\n`;
}

/** "rehearsal-2022-05-19T0930.csv": sorts by time, and is a valid file name everywhere. */
export function rehearsalFileName(at: Date, extension: string): string {
  return `rehearsal-${at.toISOString().slice(0, 16).replace(':', '')}.${extension}`;
}

/** Saves text as a file through the browser's downloads: a Blob and a link with `download`, nothing sent anywhere. */
export function download(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once the click is handled.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}
