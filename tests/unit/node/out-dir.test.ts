import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILD_MARKER } from '../../../src/node/build-marker-plugin.ts';
import { checkOutDir, OutDirError } from '../../../src/node/out-dir.ts';

describe('checkOutDir', () => {
  let work = '';
  let project = '';
  const file = (name: string, text = '') => {
    mkdirSync(path.dirname(path.join(work, name)), { recursive: true });
    writeFileSync(path.join(work, name), text);
  };
  const marker = (folder: string, files: string[]) => {
    file(`${folder}/${BUILD_MARKER}`, JSON.stringify({ madeBy: 'speech-deck', files }));
    for (const name of files) file(`${folder}/${name}`);
  };
  const check = (folder: string) => () => {
    checkOutDir(path.join(work, folder), project);
  };
  beforeEach(() => {
    work = mkdtempSync(path.join(tmpdir(), 'out-dir-'));
    project = path.join(work, 'project');
    file('project/package.json', '{}');
  });
  afterEach(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it('accepts a new folder whose parent exists, an empty folder, and a build of ours', () => {
    expect(check('project/dist')).not.toThrow();
    mkdirSync(path.join(work, 'empty'));
    expect(check('empty')).not.toThrow();
    marker('build', ['index.html', 'read.html', 'assets/deck.js']);
    expect(check('build')).not.toThrow();
  });

  it('refuses a folder whose parent does not exist', () => {
    expect(check('nowhere/dist')).toThrow(/cannot be made: its parent .*nowhere is not a folder; create it first/);
  });

  it('refuses the project folder and every folder that holds it, through symbolic links too', () => {
    expect(check('project')).toThrow(/is the project's folder or holds it/);
    expect(check('.')).toThrow(OutDirError);
    expect(() => {
      checkOutDir('/', project);
    }).toThrow(/holds it/);
    symlinkSync(project, path.join(work, 'link'));
    expect(check('link')).toThrow(/holds it/);
  });

  it('refuses a folder of the user files, naming one, and a build with a user file inside', () => {
    file('notes/letter.txt');
    file('notes/more/draft.md');
    expect(check('notes')).toThrow(/holds letter\.txt and 1 more, not made by this project's build/);
    marker('build', ['index.html']);
    file('build/my-notes.txt');
    expect(check('build')).toThrow(/holds my-notes\.txt, not made/);
  });

  it('takes no marker it did not write for ours', () => {
    file('fake/index.html');
    file(`fake/${BUILD_MARKER}`, '{"madeBy":"someone else","files":["index.html"]}');
    expect(check('fake')).toThrow(/holds index\.html/);
    file(`fake/${BUILD_MARKER}`, 'not json');
    expect(check('fake')).toThrow(/holds index\.html/);
  });

  it('refuses a file in place of the folder', () => {
    file('a-file');
    expect(check('a-file')).toThrow(/is a file, not a folder/);
  });

  it('says it all in one line', () => {
    file('notes/letter.txt');
    expect(check('notes')).toThrow(/^[^\n]+$/);
  });
});
