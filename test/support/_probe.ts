import { parse, preprocess, postprocess } from 'micromark';
import { gfm } from 'micromark-extension-gfm';
import { math } from 'micromark-extension-math';
import { frontmatter } from 'micromark-extension-frontmatter';
const doc = process.argv[2]!.replace(/\\n/g, '\n').replace(/\\t/g, '\t');
const events = postprocess(parse({ extensions: [gfm(), math(), frontmatter(['yaml', 'toml'])] }).document().write(preprocess()(doc, undefined, true)));
let depth = 0;
for (const [kind, tok] of events) {
  if (kind === 'exit') depth--;
  else { console.log('  '.repeat(depth) + tok.type, tok.start.offset, tok.end.offset, JSON.stringify(doc.slice(tok.start.offset, tok.end.offset))); depth++; }
}
