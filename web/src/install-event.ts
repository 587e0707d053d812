// The browser's offer to install the app (Chromium's `beforeinstallprompt`), kept from the
// moment it comes, which may be before any page has loaded: install-prompt.tsx shows it.

export interface InstallOffer extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

let offer: InstallOffer | null = null;
const listeners = new Set<() => void>();

window.addEventListener('beforeinstallprompt', (event) => {
  // Shown in the app's own words instead of the browser's mini-bar.
  event.preventDefault();
  offer = event as InstallOffer;
  for (const listener of listeners) listener();
});
window.addEventListener('appinstalled', () => {
  offer = null;
  for (const listener of listeners) listener();
});

export const installOffer = (): InstallOffer | null => offer;

export function onInstallOffer(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function offerUsed(): void {
  offer = null;
  for (const listener of listeners) listener();
}
