import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * A content script context that only the extension can invalidate.
 *
 * WXT 0.20.27's `ContentScriptContext` dispatches
 * `<extension id>:<script name>:wxt:content-script-started` on the document
 * when a copy of the script starts, and invalidates itself when that event
 * reaches the document with the same script name and another message id. A
 * page script can dispatch the same event, because DOM events cross from the
 * page's world to the isolated world, and so stop the content script on its
 * tab. This subclass neither dispatches nor listens for that event. It is
 * invalidated when `browser.runtime.id` becomes unavailable, which WXT's
 * `isInvalid` checks and which happens when the extension is updated,
 * reloaded or removed, or when `notifyInvalidated` is called.
 *
 * NOTE: a copy of an older build left in a page gets no signal that a newer
 * copy started. Vigila's registered scripts reach a page only when it loads,
 * so an old and a new copy never share a document.
 */
export class IsolatedContentScriptContext extends ContentScriptContext {
  override stopOldScripts(): void {
    // Nothing to stop: see the class comment.
  }

  override listenForNewerScripts(): void {
    // No page-visible event may invalidate this context: see the class comment.
  }
}
