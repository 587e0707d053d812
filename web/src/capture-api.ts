// Capturing a posting (docs/api.md, POST /api/capture): look a page up, then save it.
import type { CapturedView, CaptureFoundView, CaptureInput } from '../../src/contract/index.js';
import { request } from './api.js';

export type { CapturedView, CaptureFoundView };

export const captureApi = {
  /** What the page holds, and the id of the same job if it is there already; writes nothing. */
  find: (input: CaptureInput) =>
    request<CaptureFoundView>('POST', '/capture?dryRun=1', { body: input }),
  save: (input: CaptureInput) => request<CapturedView>('POST', '/capture', { body: input }),
};

/**
 * The bookmarklet: on a job board's page, opens this app's capture page with the page's
 * address. It sends nothing itself: the page then looks the posting up.
 */
export function bookmarklet(appOrigin: string): string {
  const target = JSON.stringify(`${appOrigin}/capture?url=`);
  return `javascript:(()=>{window.open(${target}+encodeURIComponent(location.href),'_blank','noopener')})()`;
}
