import { installSubmitGuard } from '@/utils/enforcement/guard';

export default defineContentScript({
  // The background registers this script beside the content script, for the
  // same portal origins, in the page's main world at document_start, so that
  // it wraps `HTMLFormElement.prototype.submit` before any page script runs.
  // The bundle defines one global in the page, named after this file, so the
  // name carries the extension's prefix.
  registration: 'runtime',
  matches: [],
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: true,

  main() {
    installSubmitGuard(window);
  },
});
