import * as v from 'valibot';

const KEY = 'speech-deck:follow-text-size';
const SIZES = [0.85, 1, 1.15, 1.3, 1.5, 1.75] as const;
const StoredSize = v.pipe(
  v.string(),
  v.transform(Number),
  v.number(),
  v.integer(),
  v.minValue(0),
  v.maxValue(SIZES.length - 1),
);

function stored(): number {
  const result = v.safeParse(StoredSize, localStorage.getItem(KEY));
  return result.success ? result.output : 1;
}

/** The reader's text size: a step on a short scale, set by the A− and A+ buttons and remembered on this phone. */
export function adjustableTextSize(buttons: readonly HTMLButtonElement[], changed: () => void): void {
  let step = stored();
  const apply = () => {
    document.documentElement.style.setProperty('--follow-scale', String(SIZES[step] ?? 1));
    for (const button of buttons) {
      const direction = Number(button.dataset.followSize);
      button.disabled = step + direction < 0 || step + direction >= SIZES.length;
    }
  };
  for (const button of buttons) {
    button.addEventListener('click', () => {
      step = Math.min(SIZES.length - 1, Math.max(0, step + Number(button.dataset.followSize)));
      localStorage.setItem(KEY, String(step));
      apply();
      changed();
    });
  }
  apply();
}
