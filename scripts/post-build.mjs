// Trunk's one post-build hook: the steps that finish the bundle, one after
// the other. Trunk starts all hooks of a stage at once, and two hooks that
// each rewrite index.html race (seen: the CSP hash lost to the minifier's
// write, so the page refused its own boot script). A step that fails stops
// the build with its message.
// The service worker last: its precache list holds the final bytes.
const steps = ['minify-js.mjs', 'csp-hash.mjs', 'service-worker.mjs'];
for (const step of steps) {
  try {
    await import(`./${step}`);
  } catch (error) {
    console.error(`post-build: ${step} failed: ${error.stack ?? error}`);
    process.exit(1);
  }
}
