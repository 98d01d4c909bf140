/** The speaker's tools' data, made by the build from the outline (src/node/vite-plugin.ts, SPEAKER_DATA_MODULE). */
declare module 'virtual:speech-deck/speaker-data' {
  /** The speaker's script as HTML, rendered by src/model/script.ts. */
  export const scriptHtml: string;
  /** The page model with every paragraph's words, as JSON: parsed with the page model's schema before use. */
  export const modelJson: string;
}
