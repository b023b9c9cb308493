import { test as base, expect } from '@playwright/test';

/** True for hosts on this machine: 127.0.0.0/8, ::1 and localhost. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

type Offline = {
  /** Requests the page tried to send off this machine; each was failed, never sent. */
  blockedRequests: string[];
  /** Uncaught errors thrown in the page. */
  pageErrors: string[];
};

/**
 * Every test runs offline: any request to a non-loopback host is aborted as
 * "internet disconnected", and the page's uncaught errors are collected.
 */
export const test = base.extend<Offline>({
  blockedRequests: async ({ context }, provide) => {
    const blocked: string[] = [];
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'data:' || url.protocol === 'blob:' || isLoopbackHost(url.hostname)) {
        return route.continue();
      }
      blocked.push(url.href);
      return route.abort('internetdisconnected');
    });
    await provide(blocked);
  },
  pageErrors: async ({ page }, provide) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await provide(errors);
  },
  page: async ({ page, blockedRequests }, provide) => {
    void blockedRequests; // the route must be installed before any navigation
    await provide(page);
  },
});

export { expect };
