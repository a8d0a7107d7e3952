// The audience window for a projector: shows the screen that the
// facilitator's window presents, live, through a BroadcastChannel between
// windows of this browser (no network). It keeps no workshop, reads and
// writes no storage, and draws only what it is sent: markup drawn by the
// app's core, which escapes every text typed into it.
'use strict';
const workshop = decodeURIComponent(location.hash.slice(1));
const channel = new BroadcastChannel(`scorecard-room-${workshop}`);
const stage = document.getElementById('stage');
const timer = document.getElementById('timer');
// The time left when last told, and the moment it will run out while running.
let left = -1;
let endsAt = null;

channel.onmessage = ({ data }) => {
  if (data === 'who') {
    channel.postMessage('hello');
    return;
  }
  if (!Array.isArray(data)) return;
  const [html, millisecondsLeft, running] = data;
  stage.innerHTML = html;
  document.title = `${stage.querySelector('h1')?.textContent ?? 'Audience view'} — Scorecard Workshop`;
  left = millisecondsLeft;
  endsAt = running ? Date.now() + millisecondsLeft : null;
  showTime();
};

// As the facilitator's window shows it (scorecard_core::room::clock): mm:ss rounded up.
function showTime() {
  const ms = endsAt === null ? left : Math.max(0, endsAt - Date.now());
  if (ms < 0) {
    timer.textContent = '';
    return;
  }
  const seconds = Math.ceil(ms / 1000);
  timer.textContent = ms === 0 ? 'Time is up' : `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  timer.classList.toggle('timer-done', ms === 0);
}

setInterval(showTime, 500);
channel.postMessage('hello');
// Opened again for another workshop, the window keeps its page and only its
// fragment changes: start over, listening to that workshop.
addEventListener('hashchange', () => location.reload());
