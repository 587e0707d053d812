// The server's address and token, kept in the extension's own storage.
import { browser } from 'wxt/browser';
import { DEFAULT_SERVER, type Server } from './capture.js';

const KEY = 'server';

export async function loadServer(): Promise<Server> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<Server> | undefined;
  return {
    address: stored?.address || DEFAULT_SERVER.address,
    token: stored?.token ?? '',
  };
}

export function saveServer(server: Server): Promise<void> {
  return browser.storage.local.set({ [KEY]: server });
}
