// Who may import whom (`npm run lint` runs `depcruise`). Each rule's name is what a forbidden import fails with;
// docs/architecture.md draws the same layers. Paths are relative to the folder cruised from (the project's).

/** The speaker view's layers, bottom up: channel (the line between windows), state (what it knows), panels (what it
 * shows), and on top the view and its two pages (view.ts, in-window.ts, window-page.ts). deck-side is its part in
 * the deck's window, beside them: it talks over the channel and opens the view only when asked. */
const SPEAKER = '^src/client/speaker/';
const SPEAKER_TOP = `${SPEAKER}(view|in-window|window-page|styles)[.]ts$`;

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-cycle',
      comment:
        'Data flows one way: a module never reaches itself again through its imports (a type-only import, erased ' +
        'from the build, closes no cycle at run time).',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'model-is-pure',
      comment:
        'src/model is shared by the build, the tests, the scripts and the browser: it imports no client, no Node ' +
        'code, no live protocol, no tool and no Node built-in.',
      severity: 'error',
      from: { path: '^src/model/' },
      to: { path: '^(src/(client|node|protocol)|scripts|bench|tests|slides)/' },
    },
    {
      name: 'model-without-node',
      comment: 'src/model runs in the browser too: no Node built-in.',
      severity: 'error',
      from: { path: '^src/model/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'protocol-is-pure',
      comment: "src/protocol is the live talk's wire format: valibot schemas and constants, nothing else.",
      severity: 'error',
      from: { path: '^src/protocol/' },
      to: { pathNot: ['^src/protocol/', '^node_modules/valibot/'] },
    },
    {
      name: 'client-not-node',
      comment: 'Browser code never imports build-time code or a Node built-in: it would not run in the page.',
      severity: 'error',
      from: { path: '^src/client/' },
      to: { path: '^src/node/' },
    },
    {
      name: 'client-without-node-builtins',
      comment: 'Browser code never imports a Node built-in.',
      severity: 'error',
      from: { path: '^src/client/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'node-not-client',
      comment: 'Build-time code never imports browser code; both share src/model (and the hall src/protocol).',
      severity: 'error',
      from: { path: '^src/node/' },
      to: { path: '^src/client/' },
    },
    {
      name: 'product-not-tools',
      comment: 'The product never imports its tools: scripts, the bench and the tests stand outside src/.',
      severity: 'error',
      from: { path: '^(src|slides)/' },
      to: { path: '^(scripts|bench|tests)/' },
    },
    {
      name: 'outline-is-data',
      comment: 'The outline and its translations import only the model’s types.',
      severity: 'error',
      from: { path: '^slides/' },
      to: { path: '^src/', pathNot: '^src/model/' },
    },
    {
      name: 'tools-not-client',
      comment:
        'scripts/ and bench/ run in Node: they use src/node, src/model, src/protocol and src/voice, never browser ' +
        "code; but for the paced script's pure arithmetic (no DOM), which the voice bench measures beside voice.",
      severity: 'error',
      from: { path: '^(scripts|bench)/' },
      to: { path: '^src/client/', pathNot: '^src/client/speaker/state/paced-scroll[.]ts$' },
    },
    {
      name: 'speaker-channel-is-lowest',
      comment:
        "The speaker view's channel (the line between the deck's window and the view's) knows nothing of what the " +
        'view remembers or shows, nor of the deck side: each of those imports it.',
      severity: 'error',
      from: { path: `${SPEAKER}channel/` },
      to: { path: [`${SPEAKER}(state|panels|deck-side)/`, SPEAKER_TOP] },
    },
    {
      name: 'speaker-state-not-panels',
      comment: 'What the speaker view knows and remembers (state/) never imports what shows it (panels/, the view).',
      severity: 'error',
      from: { path: `${SPEAKER}state/` },
      to: { path: [`${SPEAKER}(panels|deck-side)/`, SPEAKER_TOP] },
    },
    {
      name: 'speaker-panels-not-deck-side',
      comment:
        "A panel shows state and sends commands over the channel; it never reaches into the deck's window (deck-side/) " +
        'or up into the view that lays the panels out.',
      severity: 'error',
      from: { path: `${SPEAKER}panels/` },
      to: { path: [`${SPEAKER}deck-side/`, SPEAKER_TOP] },
    },
    {
      name: 'speaker-deck-side-apart',
      comment:
        "The deck's side of the speaker view talks to views over the channel: it never imports the view's state, " +
        'panels or pages; the tools hand it the in-window view (tools.ts).',
      severity: 'error',
      from: { path: `${SPEAKER}deck-side/` },
      to: {
        path: [`${SPEAKER}(state|panels)/`, SPEAKER_TOP],
        dependencyTypesNot: ['dynamic-import'],
      },
    },
    {
      name: 'no-unresolvable',
      comment:
        'An import that resolves to no file is a typo or a missing package (socket.io-client: the bench installs ' +
        'it into a temporary folder, never into the project; virtual: modules are the Vite plugin build data).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^(socket[.]io-client|virtual:speech-deck/.+)$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a layer that names another's types depends on it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Vite's `?inline` CSS imports and the deck's own stylesheets are not modules to check.
    exclude: { path: '[.]css' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
