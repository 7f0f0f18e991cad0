import type { Catalogue } from '../i18n';

// Bundles every catalogue into the extension pages, so that they can show a
// language other than the browser's. The content script must not import this
// module: it would carry every catalogue into each portal frame.
const files = import.meta.glob<Catalogue>('/public/_locales/*/messages.json', {
  eager: true,
  import: 'default',
});

/** Catalogues by `_locales` folder name. */
export const CATALOGUES: ReadonlyMap<string, Catalogue> = new Map(
  Object.entries(files).map(([file, catalogue]) => [file.split('/').at(-2)!, catalogue]),
);
