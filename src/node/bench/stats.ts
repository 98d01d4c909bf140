/** Min, quartiles and max of a sample; quartiles interpolate linearly between ranks (numpy's and R's default). */
export interface Spread {
  readonly min: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
  readonly iqr: number;
}

function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const low = sorted[Math.floor(position)];
  const high = sorted[Math.ceil(position)];
  if (low === undefined || high === undefined) throw new Error('A quantile needs at least one value.');
  return low + (high - low) * (position - Math.floor(position));
}

const ascending = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);

export function median(values: readonly number[]): number {
  return quantile(ascending(values), 0.5);
}

export function spread(values: readonly number[]): Spread {
  const sorted = ascending(values);
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  return { min: quantile(sorted, 0), q1, median: quantile(sorted, 0.5), q3, max: quantile(sorted, 1), iqr: q3 - q1 };
}
