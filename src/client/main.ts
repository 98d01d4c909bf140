import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import './theme/font.css';
import './theme/theme.css';
import Reveal from 'reveal.js';
import Search from 'reveal.js/plugin/search';
import Zoom from 'reveal.js/plugin/zoom';
import { structurePrintView } from './print.ts';
import { openLinkInScrollView } from './scroll-view.ts';
import { guardSpeakerView } from './speaker-view.ts';

const element = document.querySelector<HTMLElement>('.reveal');
if (element === null) throw new Error('index.html has no .reveal element to present.');

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
const transition = () => (reducedMotion.matches ? 'none' : 'fade');

const requestedHash = window.location.hash;
const deck = new Reveal(element);
window.Reveal = deck;

await deck.initialize({
  // Slides are designed at the size of a 1080p projector, so sizes in the theme are the sizes on screen.
  width: 1920,
  height: 1080,
  // No margin: the theme pads each slide, and a 1080p screen shows the deck at scale 1.
  margin: 0,
  // Each slide's frame centres its own content, in the deck, the scroll view and print alike.
  center: false,
  hash: true,
  respondToHashChanges: true,
  history: false,
  slideNumber: 'c/t',
  showSlideNumber: 'all',
  transition: transition(),
  backgroundTransition: 'none',
  // Every slide carries data-timing from its spoken words; this only switches the pacing timer on.
  defaultTiming: 0,
  plugins: [Search, Zoom],
});
openLinkInScrollView(deck, requestedHash);
structurePrintView(deck);

// The speaker view's plugin carries a Markdown parser the audience never needs: it loads once the deck is up.
guardSpeakerView(
  deck,
  import('reveal.js/plugin/notes').then(({ default: Notes }) => {
    const notes = Notes();
    deck.registerPlugin(notes);
    return notes;
  }),
);
reducedMotion.addEventListener('change', () => {
  deck.configure({ transition: transition() });
});
