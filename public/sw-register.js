// Registers the service worker (sw.js, written by the build: it keeps the app
// working offline) and says when a new version is ready. It never reloads by
// itself: the facilitator chooses the moment, so a running workshop is not
// swapped for another version. A few lines of the browser's own API, here
// rather than in the app's WebAssembly, where the same took 1.4 KB gzip of
// bindings and glue.
'use strict';
const workers = navigator.serviceWorker;
// Blocked (a private window, a test browser): no registration, nothing to offer.
workers?.register('./sw.js').then((registration) => {
  if (!registration) return;
  let region = null;
  const offer = () => {
    if (!registration.waiting || !workers.controller || region) return;
    // A status region made before its text, so that screen readers say it.
    region = document.createElement('div');
    region.className = 'update-notice no-print';
    region.setAttribute('role', 'status');
    document.body.append(region);
    const notice = document.createElement('p');
    notice.className = 'banner-info';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = 'Reload to update';
    button.onclick = () => {
      // Another tab may have switched to the new version already.
      const next = registration.waiting;
      if (!next) return location.reload();
      workers.oncontrollerchange = () => location.reload();
      next.postMessage('skip-waiting');
    };
    notice.append('A new version of Scorecard Workshop is ready. ', button);
    setTimeout(() => region.append(notice));
  };
  offer();
  registration.onupdatefound = () => {
    registration.installing.onstatechange = offer;
  };
}, () => {});
