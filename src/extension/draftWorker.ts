// Entry of dist/draftWorker.js: a worker thread that drafts one document's concepts (draftPack with the
// compromise tagger) off the extension host's thread. It answers each request of src/shared/draftProtocol.ts
// with the draft or the error it met. Started through the platform (src/extension/platform/nodePlatform.ts).

import { parentPort } from 'node:worker_threads';
import { draftPack } from '../core/authoring/draftPack';
import { compromiseTagger } from '../core/authoring/draftTagger';
import { isDraftRequest, type DraftResponse } from '../shared/draftProtocol';

const port = parentPort;
if (!port) throw new Error('draftWorker.js runs as a worker thread');

port.on('message', (message: unknown) => {
  if (!isDraftRequest(message)) {
    const id = typeof message === 'object' && message !== null && typeof (message as { id?: unknown }).id === 'number' ? (message as { id: number }).id : 0;
    port.postMessage({ type: 'failed', id, message: 'the draft worker was sent something that is not a draft request' } satisfies DraftResponse);
    return;
  }
  let reply: DraftResponse;
  try {
    reply = { type: 'drafted', id: message.id, draft: draftPack(message.text, { ...message.options, tagger: compromiseTagger }) };
  } catch (e) {
    reply = { type: 'failed', id: message.id, message: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(reply);
});
