import { FillRunner } from '@/utils/content/fill-runner';
import { getActionHost } from '@/utils/content/frame-actions';
import { highlightElements } from '@/utils/content/highlight';
import { MappingMode } from '@/utils/content/mapping-mode';
import { PanelHost } from '@/utils/content/panel-host';

// Injected by the background into one frame, next to the content script,
// the first time the panel requests a fill, undo, highlight or mapping there,
// or the top frame shows the panel.
export default defineUnlistedScript(() => {
  const host = getActionHost();
  if (!host || host.actions || host.ctx.isInvalid) return;

  const { scanner, ctx } = host;
  const fillRunner = new FillRunner(scanner, ctx);
  const mapping = new MappingMode(ctx, scanner);
  const panel =
    window === window.top ? new PanelHost((port) => scanner.usePanelPort(port)) : undefined;
  if (panel) {
    ctx.onInvalidated(() => panel.destroy());
    window.addEventListener('resize', () => panel.refit(), { signal: ctx.signal });
  }
  host.actions = {
    panel,
    handle(message) {
      switch (message.type) {
        case 'highlight': {
          const elements = scanner.elementsOf(message.key);
          if (elements) highlightElements(elements);
          return undefined;
        }
        case 'fill':
        case 'undo-fill':
        case 'await-options':
        case 'focus-picker':
          return fillRunner.handle(message);
        case 'mapping-mode':
          mapping.set(message.fieldId);
          return undefined;
        case 'mapping-stop':
          mapping.stop();
          return undefined;
      }
    },
  };
});
