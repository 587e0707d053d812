// The open tab's page as the browser has it: pages behind a sign-in are read as shown.
import { browser } from 'wxt/browser';

export interface OpenPage {
  readonly tabId: number;
  readonly title: string;
  readonly url: string;
}

/**
 * The tab to save: the active tab of the window the toolbar popup opened over; when the
 * popup is open in a window of its own, the active tab of the browser's window.
 */
export async function openTab(): Promise<OpenPage | null> {
  const own = await browser.tabs.getCurrent();
  const tabs = await browser.tabs.query(
    own ? { active: true, windowType: 'normal' } : { active: true, currentWindow: true },
  );
  const tab = tabs.find(
    (t) => t.id !== undefined && t.id !== own?.id && /^https?:/.test(t.url ?? ''),
  );
  if (!tab?.id) return null;
  return { tabId: tab.id, title: tab.title ?? '', url: tab.url ?? '' };
}

/** The page's HTML and address, read in the tab. */
export async function pageHtml(tabId: number): Promise<{ html: string; url: string }> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => ({ html: document.documentElement.outerHTML, url: location.href }),
  });
  const page = result?.result as { html: string; url: string } | undefined;
  if (!page) throw new Error('the page could not be read');
  return page;
}
