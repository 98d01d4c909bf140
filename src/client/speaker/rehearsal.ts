import type { Plan } from './pacing.ts';

/** One slide of a rehearsal: the seconds planned and actually spent on it. */
interface RehearsalRow {
  readonly number: number;
  readonly id: string;
  readonly headline: string;
  readonly planned: number;
  /** Seconds spent on the slide; null for a slide not rehearsed yet. */
  readonly actual: number | null;
  /** Actual less planned: positive when the slide took longer; null for a slide not rehearsed yet. */
  readonly difference: number | null;
}

export interface Rehearsal {
  readonly rows: readonly RehearsalRow[];
  readonly totals: { readonly planned: number; readonly actual: number; readonly difference: number };
}

/**
 * The rehearsal table: every slide of the plan with its recorded seconds (whole seconds, as the plan counts). The
 * totals' difference counts the rehearsed slides only, so a rehearsal of part of the talk compares like with like.
 */
export function rehearsal(plan: Plan, secondsOn: (id: string) => number): Rehearsal {
  const rows = plan.map((slide): RehearsalRow => {
    const spent = secondsOn(slide.id);
    const actual = spent > 0 ? Math.round(spent) : null;
    return {
      number: slide.number,
      id: slide.id,
      headline: slide.headline,
      planned: slide.seconds,
      actual,
      difference: actual === null ? null : actual - slide.seconds,
    };
  });
  const sum = (pick: (row: RehearsalRow) => number | null) => rows.reduce((total, row) => total + (pick(row) ?? 0), 0);
  return {
    rows,
    totals: {
      planned: sum((row) => row.planned),
      actual: sum((row) => row.actual),
      difference: sum((row) => row.difference),
    },
  };
}

/** The seconds recorded for the slides that were rehearsed, by id: what "use as the plan" puts in. */
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
