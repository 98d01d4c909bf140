import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import './theme/font.css';
import './theme/theme.css';
import './theme/deck-ja.css';
import Reveal, { type RevealApi } from 'reveal.js';
import Search from 'reveal.js/plugin/search';
import Zoom from 'reveal.js/plugin/zoom';
import { SLIDE_SIZE } from '../model/slide-size.ts';
import { isFramedByStranger, showFramedNotice } from './framing.ts';
import { deckKeyboard, presenterKeys } from './deck-keys.ts';
import { useInlinedFontsNow } from './inlined-fonts.ts';
import { addJapaneseHeadlinesKey, showJapaneseHeadlinesIfAsked } from './japanese-headlines.ts';
import { tellMissingSlide } from './missing-slide.ts';
import { structurePrintView } from './print.ts';
import { loadPageModel } from './page-model.ts';
import { presentPlugin } from './present/plugin.ts';
import { openLinkInScrollView } from './scroll-view.ts';
import { isSpeakerPage, showSpeakerWindow, speakerPlugin } from './speaker-view.ts';

async function startDeck(): Promise<void> {
  const element = document.querySelector<HTMLElement>('.reveal');
  if (element === null) throw new Error('index.html has no .reveal element to present.');

  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const transition = () => (reducedMotion.matches ? 'none' : 'fade');

  const requestedHash = window.location.hash;
  const deck = new Reveal(element);
  window.Reveal = deck;
  presenterKeys(deck, element);
  showJapaneseHeadlinesIfAsked(deck);

  const ready = deck.initialize({
    // Slides are designed at the size of a 1080p projector, so sizes in the theme are the sizes on screen.
    width: SLIDE_SIZE.width,
    height: SLIDE_SIZE.height,
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
    // Lay out only the current slide and its neighbours: the first layout is most of the time to the first slide.
    viewDistance: 1,
    // Presenters' habits: W or , a white screen, Esc never the overview (src/client/deck-keys.ts).
    keyboard: deckKeyboard(() => deck),
    // Our speaker view (S) paces from the page model's plan; reveal.js's notes plugin is not loaded.
    plugins: [Search, Zoom, speakerPlugin, presentPlugin],
    // One way in: reveal.js's API by window message lets any page that opened or framed the deck steer it.
    postMessage: false,
    postMessageEvents: false,
  });
  // reveal.js takes any option from the address (`?postMessage=true`) over ours; set them again before it listens.
  deck.configure({ postMessage: false, postMessageEvents: false });
  // reveal.js lays out again on window load, for late fonts and images. Everything here is inlined, so load falls
  // between reveal.js's first layout and ready and repeats that layout (7-15 ms) for nothing; do it once, after ready.
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the very function reveal.js added; it uses no `this`
  window.removeEventListener('load', deck.layout);
  await ready;
  openLinkInScrollView(deck, requestedHash);
  tellMissingSlide(deck, requestedHash);
  structurePrintView(deck);
  addJapaneseHeadlinesKey(deck);
  reducedMotion.addEventListener('change', () => {
    deck.configure({ transition: transition() });
  });
  relayoutWhenLoaded(deck);
}

function relayoutWhenLoaded(deck: RevealApi): void {
  if (document.readyState === 'complete') deck.layout();
  else
    window.addEventListener(
      'load',
      () => {
        deck.layout();
      },
      { once: true },
    );
}

useInlinedFontsNow();
// Framed by a stranger, the deck does not start, nor with a page model that does not parse (which says so); opened
// with ?speaker, the page is the speaker view and the deck stays asleep.
if (isFramedByStranger()) showFramedNotice();
else if (loadPageModel()) {
  if (isSpeakerPage()) showSpeakerWindow();
  else void startDeck();
}
