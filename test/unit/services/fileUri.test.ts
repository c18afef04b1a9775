// File URIs as VS Code spells them: the index worker lists files itself, and its URIs must be the ones an
// open document or a watcher event gives. Expected values are VS Code 1.100's vscode.Uri.file(p).toString().

import { strict as assert } from 'node:assert';
import { fileUriUnder } from '../../../src/services/index/fileUri';

describe('services: file URIs in VS Code’s spelling', () => {
  it('encodes what VS Code encodes, and keeps the unreserved characters and slashes', () => {
    assert.equal(fileUriUnder('file:///ws', 'a/b-c_d.e~f.md'), 'file:///ws/a/b-c_d.e~f.md');
    assert.equal(fileUriUnder('file:///ws/', 'notes with space.md'), 'file:///ws/notes%20with%20space.md');
    assert.equal(fileUriUnder('file:///ws', '熵/涌现.md'), 'file:///ws/%E7%86%B5/%E6%B6%8C%E7%8E%B0.md');
    assert.equal(fileUriUnder('file:///ws', "@scope+x/a#b?c!d'e(f)g*h,i;j=k&l$m:n[o].md"), 'file:///ws/%40scope%2Bx/a%23b%3Fc%21d%27e%28f%29g%2Ah%2Ci%3Bj%3Dk%26l%24m%3An%5Bo%5D.md');
    assert.equal(fileUriUnder('file:///ws', '100%.md'), 'file:///ws/100%25.md');
  });

  it('keeps the folder’s URI as the host gave it', () => {
    assert.equal(fileUriUnder('file:///c%3A/Users/me%20too', 'a.md'), 'file:///c%3A/Users/me%20too/a.md');
  });
});
