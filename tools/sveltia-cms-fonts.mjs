// Writes sveltia-cms/fonts.css: the editor's own font style (the Svelte component style that declares its fonts),
// with the fonts it would load from cdn.jsdelivr.net replaced by the copies the package ships beside index.js.
// index.html links it with the component style's id, so the editor finds its style already there and does not add
// the CDN one. Run by tools/update-sveltia-cms.sh; usage: node sveltia-cms-fonts.mjs FOLDER (FOLDER/index.js, assets/).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2];
const code = readFileSync(join(folder, 'index.js'), 'utf8');
const match = code.match(/\{hash:`(svelte-[a-z0-9]+)`,code:`([^`]*fontsource\.org[^`]*)`\}/);
if (!match) {
  throw new Error('no font style found in index.js: the package changed, see tools/update-sveltia-cms.sh');
}
const [, hash, css] = match;
const assets = readdirSync(join(folder, 'assets')).filter((name) => name.endsWith('.woff2'));
const local = css.replace(/https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)[^/]*\/([a-z0-9-]+)\.woff2/g,
  (url, family, subset) => {
    const file = assets.find((name) => name.startsWith(`${family}-${subset}-`));
    if (!file) {
      throw new Error(`no local copy of ${url}`);
    }
    return `assets/${file}`;
  });
if (local.includes('cdn.jsdelivr.net')) {
  throw new Error('a font address was not replaced');
}
writeFileSync(join(folder, 'fonts.css'), `/* ${hash}: Sveltia CMS's font style, with its fonts from this folder. */\n${local}\n`);
console.log(hash);
