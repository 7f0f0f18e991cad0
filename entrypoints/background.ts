import type {
  ContentMessage,
  GetProfileMessage,
  LoadActionsMessage,
  ToBackgroundMessage,
  ToContentMessage,
  TopFrameReadyMessage,
} from '@/utils/messaging/messages';
import { isExtensionSender } from '@/utils/messaging/messages';
import { watchDraftAlarms } from '@/utils/background/draft-alarms';
import { injectFrameActions } from '@/utils/background/frame-actions';
import { answerProfileRequest } from '@/utils/background/profile-request';
import { syncContentScripts } from '@/utils/background/registration';
import {
  forgetAuditTab,
  forwardVerdict,
  recordSubmissionCheck,
} from '@/utils/background/submission-audit';
import {
  confirmPanelToken,
  forgetPanelToken,
  registerPanelToken,
} from '@/utils/background/panel-tokens';
import type {
  ConfirmPanelTokenMessage,
  RegisterPanelTokenMessage,
} from '@/utils/messaging/panel-token-messages';
import { watchManagedPolicy } from '@/utils/policy/read';
import { forwardToPanels, watchPanelPorts } from '@/utils/background/panel-ports';
import { relayToTab } from '@/utils/background/tab-relay';
import { relaySessionArea } from '@/utils/background/session-relay';
import {
  receiveFieldCount,
  receiveFrameScan,
  watchClosedTabs,
} from '@/utils/background/frame-scans';

export default defineBackground(() => {
  watchDraftAlarms();
  watchPanelPorts();
  watchClosedTabs();
  browser.runtime.onInstalled.addListener(() => void syncContentScripts());
  browser.runtime.onStartup.addListener(() => void syncContentScripts());
  browser.permissions.onAdded.addListener(() => void syncContentScripts());
  browser.permissions.onRemoved.addListener(() => void syncContentScripts());
  watchManagedPolicy(() => void syncContentScripts());
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetPanelToken(tabId);
    forgetAuditTab(tabId);
  });

  // Manifest V2 (the Firefox build) has browserAction and no action.
  const toolbarButton = browser.action ?? browser.browserAction;
  toolbarButton.onClicked.addListener((tab) => {
    if (tab.id === undefined) return;
    const message: ToContentMessage = { type: 'toggle-panel' };
    browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => {
      // No content script in this tab: the portal's origin is not allowed.
    });
  });

  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = raw as
      | ContentMessage
      | GetProfileMessage
      | LoadActionsMessage
      | ToBackgroundMessage
      | TopFrameReadyMessage
      | RegisterPanelTokenMessage
      | ConfirmPanelTokenMessage;
    if (sender.id !== browser.runtime.id) return undefined;
    forwardToPanels(raw, sender);

    if (message.type === 'get-profile') return answerProfileRequest(sender);
    if (message.type === 'relay-to-tab') return relayToTab(message, sender);
    if (message.type === 'session-area') return relaySessionArea(message, sender);
    if (message.type === 'load-actions') return injectFrameActions(sender);
    if (message.type === 'register-panel-token') return registerPanelToken(message, sender);
    if (message.type === 'confirm-panel-token') return confirmPanelToken(message, sender);

    if (message.type === 'get-tab-id') {
      return Promise.resolve({ tabId: sender.tab?.id ?? null });
    }
    if (message.type === 'open-report' && isExtensionSender(sender)) {
      return browser.tabs.create({ url: browser.runtime.getURL('/report.html') }).then(() => true);
    }
    if (message.type === 'get-tab-title') {
      // The browser fills in the title only where the extension may access
      // the tab's origin, as it may on an allowed portal.
      return Promise.resolve({ title: sender.tab?.title ?? null });
    }
    if (message.type === 'top-frame-ready' && sender.tab?.id !== undefined) {
      // Every child frame's field count reaches the top frame again.
      const request: ToContentMessage = { type: 'request-field-count' };
      browser.tabs.sendMessage(sender.tab.id, request).catch(() => undefined);
      return undefined;
    }
    if (message.type === 'submission-verdict') return forwardVerdict(message, sender);
    if (message.type === 'submission-checked') {
      void recordSubmissionCheck(message.check, sender);
      return undefined;
    }
    if (message.type === 'frame-scan') receiveFrameScan(raw, sender);
    if (message.type === 'field-count') receiveFieldCount(raw, sender);
    return undefined;
  });
});
