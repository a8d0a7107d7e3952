// Debian's Chromium as every tool here starts it: Playwright's own browser
// download is not reachable on this machine, and without the
// background-networking flags Chromium tries to reach the network, which is
// closed, and its connections are refused.
export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
