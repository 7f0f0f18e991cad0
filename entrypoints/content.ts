import { FrameScanner } from '@/utils/content/frame-scanner';
import { runFill } from '@/utils/content/fill-runner';
import { highlightElements } from '@/utils/content/highlight';
import { AUTO_SHOW_FIELD_COUNT, PanelHost } from '@/utils/content/panel-host';
import {
  isExtensionSender,
  type FillResponse,
  type ToContentMessage,
  type TopFrameReadyMessage,
} from '@/utils/messaging/messages';

export default defineContentScript({
  // The background registers this script for the allowed portal origins.
  registration: 'runtime',
  matches: [],
  allFrames: true,
  matchAboutBlank: true,

  main(ctx) {
    const scanner = new FrameScanner(ctx);
    const isTop = window === window.top;
    const panel = isTop ? new PanelHost() : undefined;
    const fieldCounts = new Map<number, number>();
    ctx.onInvalidated(() => panel?.destroy());
    if (panel) {
      window.addEventListener('resize', () => panel.refit(), { signal: ctx.signal });
    }

    const onMessage = (raw: unknown, sender: { id?: string; url?: string }) => {
      // Only this extension's own pages and worker may command the script.
      if (!isExtensionSender(sender)) return undefined;
      const message = raw as ToContentMessage;
      switch (message.type) {
        case 'request-report':
          scanner.report();
          return undefined;
        case 'highlight': {
          const elements = scanner.elementsOf(message.key);
          if (elements) highlightElements(elements);
          return undefined;
        }
        case 'fill':
          return runFill(scanner, message.writes).then((outcomes): FillResponse => ({ outcomes }));
        case 'toggle-panel':
          panel?.toggle();
          return undefined;
        case 'set-panel-collapsed':
          panel?.setCollapsed(message.collapsed);
          return undefined;
        case 'frame-field-count': {
          if (!panel) return undefined;
          fieldCounts.set(message.frameId, message.count);
          let total = 0;
          for (const count of fieldCounts.values()) total += count;
          if (total >= AUTO_SHOW_FIELD_COUNT) panel.showAutomatically();
          return undefined;
        }
        default:
          return undefined;
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    scanner.start();
    if (isTop) {
      const ready: TopFrameReadyMessage = { type: 'top-frame-ready' };
      browser.runtime.sendMessage(ready).catch(() => undefined);
    }
  },
});
