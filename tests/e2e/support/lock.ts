import {
  gotoExtensionPage,
  TEST_ONLY_PASSPHRASE,
  unlockDraftsPage,
  type ExtensionSession,
} from './browser';

/**
 * Locks the drafts as an officer does, with Lock now on the drafts page,
 * which first sets up or unlocks them with the test passphrase.
 */
export async function lockDrafts(session: ExtensionSession, timeout = 20_000): Promise<void> {
  const page = await session.browser.newPage();
  try {
    await gotoExtensionPage(page, session.extensionId, 'drafts.html');
    await unlockDraftsPage(page, TEST_ONLY_PASSPHRASE, timeout);
    await page.click('[data-testid="lock-now"]');
    await page.waitForSelector('[data-testid="passphrase"]', { timeout });
  } finally {
    await page.close();
  }
}
