/** Pads columns so they line up: the first (labels) to the left, the rest (figures) to the right. */
export function alignColumns(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, column) => (widths[column] = Math.max(widths[column] ?? 0, cell.length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
        .join('   ')
        .trimEnd(),
    )
    .join('\n');
}

export const formatMs = (ms: number): string => ms.toFixed(1);
export const formatKiB = (bytes: number): string => (bytes / 1024).toFixed(1);
export const formatRatio = (ratio: number): string => ratio.toFixed(2);
export const percentFaster = (ratio: number): string => `${Math.round((1 - ratio) * 100)}%`;
export const met = (ok: boolean): string => (ok ? 'met' : 'NOT met');
