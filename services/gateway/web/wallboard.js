// The web wallboard: a read-only page for TVs that run no Switchboard client. It signs
// in on the gateway's /events WebSocket with a JSON hello (the JSON mapping of
// gateway.proto), takes the stats service's snapshot from /wallboard/snapshot, then
// applies the queue_metrics_changed deltas as they come (at most every 100 ms per queue).
// Longest wait ticks here, once a second, from oldestEnqueuedAt: no polling.
"use strict";

// Colours, as the desktop wallboard's defaults: service level below its target is
// amber, far below is red; a long wait is amber, then red.
const SL_AMBER = 0.80, SL_RED = 0.70;
const WAIT_AMBER = 30, WAIT_RED = 60;

const FORMULAS = {
  SERVICE_LEVEL_ANSWERED_OF_ANSWERED: "answered within T ÷ answered",
  SERVICE_LEVEL_WITH_ABANDONS: "(answered + abandoned within T) ÷ (answered + abandoned)",
  SERVICE_LEVEL_REMOVED_WITHIN: "removed within T ÷ offered",
  SERVICE_LEVEL_EXCLUDING_SHORT_ABANDONS: "answered within T ÷ (answered + abandoned − short abandons)",
  SERVICE_LEVEL_VARIANT_UNSPECIFIED: "answered within T ÷ (answered + abandoned − short abandons)",
};

const queues = new Map();      // queueId -> QueueMetrics (JSON mapping)
let token = "";
let socket = null;
let epoch = 0, lastSequence = 0;
let retryMs = 500;

const $ = (id) => document.getElementById(id);

function setStatus(text, kind) {
  const status = $("status");
  status.textContent = text;
  status.className = "status " + (kind || "");
}

function secondsText(seconds) {
  seconds = Math.max(0, Math.floor(seconds));
  const m = Math.floor(seconds / 60), s = seconds % 60;
  return m + ":" + String(s).padStart(2, "0");
}

function longestWait(q) {
  if (!q.waiting || !q.oldestEnqueuedAt) return 0;
  return (Date.now() - Date.parse(q.oldestEnqueuedAt)) / 1000;
}

function figure(label, value, colour, key) {
  const div = document.createElement("div");
  div.className = "figure " + (colour || "");
  div.dataset.metric = key;
  const v = document.createElement("div");
  v.className = "value";
  v.textContent = value;
  const l = document.createElement("div");
  l.className = "label";
  l.textContent = label;
  div.append(v, l);
  return div;
}

function card(q) {
  const section = document.createElement("article");
  section.className = "queue";
  section.id = "queue-" + q.queueId;
  section.dataset.queue = q.queueId;
  const title = document.createElement("h2");
  title.textContent = q.queueName || q.queueId;
  const grid = document.createElement("div");
  grid.className = "figures";
  const wait = longestWait(q);
  const answeredOrAbandoned = (q.answered || 0) + (q.abandoned || 0);
  const sl = q.serviceLevel || 0;
  const slShown = answeredOrAbandoned > 0 || (q.offered || 0) > 0 ? Math.round(sl * 100) + "%" : "–";
  const slColour = slShown === "–" ? "" : sl < SL_RED ? "red" : sl < SL_AMBER ? "amber" : "green";
  const waitColour = wait > WAIT_RED ? "red" : wait > WAIT_AMBER ? "amber" : "green";
  grid.append(
    figure("Waiting", String(q.waiting || 0), (q.waiting || 0) > 0 ? "amber" : "green", "waiting"),
    figure("Longest wait", secondsText(wait), waitColour, "longest-wait"),
    figure("Service level", slShown, slColour, "service-level"),
    figure("Answered", String(q.answered || 0), "", "answered"),
    figure("Abandoned", String(q.abandoned || 0), (q.abandoned || 0) > 0 ? "amber" : "", "abandoned"),
    figure("Available", String((q.agents && q.agents.available) || 0), "", "available"));
  const formula = document.createElement("div");
  formula.className = "formula";
  const variant = q.serviceLevelVariant || "SERVICE_LEVEL_VARIANT_UNSPECIFIED";
  formula.textContent = "Service level in " + (q.serviceLevelThresholdSeconds || 0) + " s: "
    + (FORMULAS[variant] || variant) + ", today";
  section.append(title, grid, formula);
  return section;
}

function render() {
  const list = $("queues");
  const sorted = [...queues.values()].sort((a, b) =>
    (a.queueName || a.queueId).localeCompare(b.queueName || b.queueId));
  list.replaceChildren(...sorted.map(card));
  $("empty").hidden = sorted.length > 0;
}

function merge(list) {
  for (const q of list || []) queues.set(q.queueId, q);
  render();
}

async function loadSnapshot() {
  const response = await fetch("/wallboard/snapshot", { headers: { Authorization: "Bearer " + token } });
  const text = await response.text();
  if (!response.ok) throw new Error(text.trim() || response.statusText);
  const snapshot = JSON.parse(text);
  queues.clear();
  merge(snapshot.queues);
}

function askForToken(message) {
  const form = $("signin");
  form.hidden = false;
  $("signin-error").textContent = message || "";
  $("token").focus();
}

function connect() {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  socket = new WebSocket(scheme + "//" + location.host + "/events");
  setStatus("Connecting…");
  socket.onopen = () => {
    const hello = { accessToken: token, clientId: "web-wallboard" };
    if (epoch) { hello.resumeEpoch = String(epoch); hello.lastSequence = String(lastSequence); }
    socket.send(JSON.stringify({ hello }));
  };
  socket.onmessage = async (message) => {
    const frame = JSON.parse(message.data);
    if (frame.welcome) {
      retryMs = 500;
      const w = frame.welcome;
      const resumed = !!w.resumed && String(w.epoch) === String(epoch);
      epoch = w.epoch; lastSequence = Number(w.lastSequence || 0);
      if (!resumed) {
        try {
          await loadSnapshot();
        } catch (e) {
          setStatus("No figures: " + e.message, "down");
          return;
        }
      }
      setStatus("Live", "live");
    } else if (frame.events) {
      for (const e of frame.events.events || []) {
        lastSequence = Math.max(lastSequence, Number(e.sequence || 0));
        if (e.queueMetricsChanged) merge(e.queueMetricsChanged.queues);
      }
    } else if (frame.error) {
      setStatus(frame.error.message, "down");
    }
  };
  socket.onclose = (event) => {
    if (event.code === 4401 || event.code === 4403) {
      setStatus("Signed out", "down");
      askForToken(event.reason || "The token was refused: paste a new one.");
      return;
    }
    setStatus("Reconnecting…", "down");
    setTimeout(connect, retryMs);
    retryMs = Math.min(retryMs * 2, 10000);
  };
}

function start(newToken) {
  token = newToken.trim();
  try { localStorage.setItem("switchboard.wallboard.token", token); } catch (e) { /* private mode */ }
  $("signin").hidden = true;
  connect();
}

$("signin").addEventListener("submit", (event) => {
  event.preventDefault();
  const value = $("token").value;
  if (!value.trim()) { $("signin-error").textContent = "Paste an access token first."; return; }
  start(value);
});

// One repaint a second: the clock and every queue's longest wait.
setInterval(() => {
  $("clock").textContent = new Date().toLocaleTimeString();
  for (const q of queues.values()) {
    const el = document.querySelector("#queue-" + CSS.escape(q.queueId) + " [data-metric=longest-wait] .value");
    if (el) el.textContent = secondsText(longestWait(q));
  }
}, 1000);
$("clock").textContent = new Date().toLocaleTimeString();

// The token comes in the address's fragment (never sent to a server: /wallboard#token=…),
// or from this browser's storage, or from the form.
const fromHash = new URLSearchParams(location.hash.slice(1)).get("token");
const stored = (() => { try { return localStorage.getItem("switchboard.wallboard.token"); } catch (e) { return null; } })();
if (fromHash) {
  history.replaceState(null, "", location.pathname);
  start(fromHash);
} else if (stored) {
  start(stored);
} else {
  askForToken();
}
