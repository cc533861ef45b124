import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cssCustomProperties } from '../../../renderer/src/styles/tokens';

/**
 * House rule (issue 10 item 6): colours come from renderer/src/styles/tokens.ts only. A stylesheet writes
 * var(--…), a chart option or an inline style reads the token objects; a hex, rgb() or hsl() literal anywhere
 * else in the renderer fails here with its file and line.
 */
const root = resolve(__dirname, '../../..');
const rendererSrc = join(root, 'renderer/src');
const TOKEN_FILES = new Set(['renderer/src/styles/tokens.ts']);

/** #rgb, #rgba, #rrggbb, #rrggbbaa (not an id such as #root), or rgb()/hsl() with a number or a template inside. */
const COLOUR_LITERAL = /(?<![\w&])#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})\b|\b(?:rgba?|hsla?)\(\s*(?:\d|\$\{)/gi;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(css|tsx?)$/.test(entry.name) ? [path] : [];
  });
}

/** Every colour literal in a text, as "file:line: literal". */
function colourLiterals(file: string, text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) => [...line.matchAll(COLOUR_LITERAL)].map((m) => `${file}:${i + 1}: ${m[0]}`));
}

const files = sourceFiles(rendererSrc).map((path) => ({
  file: relative(root, path),
  text: readFileSync(path, 'utf8'),
}));

describe('colours come from the token module', () => {
  it('finds a literal and names its file and line (the guard can fail)', () => {
    const sample = '.a {\n  color: #fff;\n}\nconst s = `rgba(47, 93, 138, ${x})`;\nhsl(${h}, 50%, 40%)\n#root {}';
    expect(colourLiterals('x.css', sample)).toEqual(['x.css:2: #fff', 'x.css:4: rgba(4', 'x.css:5: hsl(${']);
  });

  it('has no hex, rgb or hsl literal in renderer CSS, charts or components outside tokens.ts', () => {
    const found = files
      .filter(({ file }) => !TOKEN_FILES.has(file))
      .flatMap(({ file, text }) => colourLiterals(file, text));
    expect(found, `convert these to tokens (renderer/src/styles/tokens.ts):\n${found.join('\n')}`).toEqual([]);
  });

  it('uses in CSS only custom properties that tokens.ts sets or the stylesheet itself declares', () => {
    const known = new Set(Object.keys(cssCustomProperties()));
    const css = files.filter(({ file }) => file.endsWith('.css'));
    for (const { text } of css) for (const m of text.matchAll(/(--[\w-]+)\s*:/g)) known.add(m[1]);
    const unknown = css.flatMap(({ file, text }) =>
      text
        .split('\n')
        .flatMap((line, i) =>
          [...line.matchAll(/var\((--[\w-]+)/g)]
            .filter((m) => !known.has(m[1]))
            .map((m) => `${file}:${i + 1}: ${m[1]}`),
        ),
    );
    expect(unknown, `no token of that name:\n${unknown.join('\n')}`).toEqual([]);
  });
});
