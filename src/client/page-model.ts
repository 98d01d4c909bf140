import * as v from 'valibot';
import { PAGE_MODEL_ID, PageModelSchema, type PageModel } from '../model/page-model.ts';

// The page's model, as the build wrote it (src/model/page-model.ts): parsed once, when the page starts, and then read
// by every module of the page. A page whose model is missing or does not parse says so in one line and starts nothing.

let parsed: PageModel | undefined;

/** Why the page's model cannot be used, in one line. */
class PageModelError extends Error {}

function parseModel(text: string): PageModel {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new PageModelError('its model is not JSON');
  }
  const result = v.safeParse(PageModelSchema, json);
  if (!result.success) {
    const [issue] = result.issues;
    const where = v.getDotPath(issue);
    throw new PageModelError(
      `its model is not valid${where === null ? '' : ` at ${where}`}: ${issue.message.replace(/\.$/, '')}`,
    );
  }
  return result.output;
}

/** Puts the one line that says the page cannot start at the top of the page, where a reader sees it. */
function showBrokenPage(root: Document, reason: string): void {
  const line = root.createElement('p');
  line.className = 'page-model-error';
  line.setAttribute('role', 'alert');
  line.textContent = `This page cannot start: ${reason}. Build it again (npm run build) or use a fresh copy.`;
  Object.assign(line.style, {
    margin: '0',
    padding: '16px 24px',
    background: '#fff4d6',
    color: '#3b2a00',
    font: '20px/1.4 Georgia, serif',
    position: 'relative',
    zIndex: '1000',
  });
  root.body.prepend(line);
}

/**
 * Reads and parses the page's model, once: true when the page may start. Otherwise it shows why in one line, and the
 * caller starts nothing.
 */
export function loadPageModel(root: Document = document): boolean {
  try {
    const element = root.getElementById(PAGE_MODEL_ID);
    if (!(element instanceof HTMLScriptElement) || element.type !== 'application/json') {
      throw new PageModelError(`the page has no <script type="application/json" id="${PAGE_MODEL_ID}">`);
    }
    parsed = parseModel(element.text);
    return true;
  } catch (error) {
    if (!(error instanceof PageModelError)) throw error;
    showBrokenPage(root, error.message);
    return false;
  }
}

/**
 * Takes the fuller model that the speaker's tools carry (every paragraph's words), parsed with the same schema; a
 * model that does not parse stops the tools with its reason.
 */
export function adoptPageModel(json: string): void {
  parsed = parseModel(json);
}

/** The page's model, parsed at start (loadPageModel): what every module of the page reads. */
export function pageModel(): PageModel {
  if (parsed === undefined) throw new Error('The page model is read before the page loaded it (loadPageModel).');
  return parsed;
}
