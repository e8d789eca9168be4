// The reader site's only script. Pages work without it; it counts the visit,
// refreshes the statistics box, and wires the copy-link and print buttons.
// Text from the API is inserted with textContent only.

const apiUrl = document.documentElement.dataset.apiUrl;
// The portal this page belongs to: the API counts and reports per portal.
const portal = document.documentElement.dataset.portal;
const portalQuery = portal ? `?portal=${encodeURIComponent(portal)}` : "";
const box = document.querySelector("[data-stats]");
const REFRESH_MS = 60_000;

const figures = (stats) => ({
  online: stats.online,
  today: stats.today?.views,
  yesterday: stats.yesterday?.views,
  this_month: stats.this_month?.views,
  total: stats.total?.views,
});

function fill(stats) {
  for (const [key, value] of Object.entries(figures(stats))) {
    const cell = box.querySelector(`[data-stat="${key}"]`);
    if (cell && Number.isFinite(value)) cell.textContent = value.toLocaleString("vi-VN");
  }
  box.dataset.updated = String(Date.now());
}

async function refresh() {
  if (!box || !apiUrl) return;
  try {
    const response = await fetch(`${apiUrl}/stats/${portalQuery}`, { cache: "no-store" });
    if (response.ok) fill(await response.json());
  } catch {
    // Offline or the API is down: keep the figures the server rendered.
  }
}

// Resolves once the browser has had the CMS's answer to `url`'s beacon (a
// "beacon" resource timing entry), or after `ms` at most.
function beaconDone(url, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(finish, ms);
    let observer;
    function finish() {
      clearTimeout(timer);
      observer?.disconnect();
      resolve();
    }
    if (!("PerformanceObserver" in window)) return;
    observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((e) => e.initiatorType === "beacon" && e.name === url)) finish();
    });
    try {
      observer.observe({ type: "resource", buffered: true });
    } catch {
      observer = undefined;
    }
  });
}

// Counts this page view once. sendBeacon hands the request to the browser,
// which sends it even if the reader leaves at once and never keeps the page
// waiting on the answer. A string body goes as text/plain: a "simple"
// cross-origin request, no CORS preflight, one round trip on slow links.
// Only when the browser refuses to queue it (sendBeacon missing or false:
// nothing was sent) does a plain fetch send it instead, reading its answer
// so the request ends. Resolves when the box may be refreshed with this
// visit included.
async function countVisit() {
  if (!apiUrl || !("track" in document.body.dataset)) return;
  const url = new URL(`${apiUrl}/stats/hits/${portalQuery}`, location.href).href;
  const body = JSON.stringify({ path: location.pathname });
  let queued = false;
  try {
    queued = navigator.sendBeacon?.(url, body) === true;
  } catch {
    queued = false; // e.g. blocked by the page's own policy: try fetch
  }
  if (queued) return beaconDone(url, 3000);
  try {
    const response = await fetch(url, { method: "POST", body });
    await response.text();
  } catch {
    // Counting is best effort.
  }
}

function wireSharing() {
  const status = document.querySelector("[data-copy-status]");
  for (const link of document.querySelectorAll("[data-copy]")) {
    link.addEventListener("click", async (event) => {
      if (!navigator.clipboard) return; // the link itself stays usable
      event.preventDefault();
      try {
        await navigator.clipboard.writeText(link.href);
        if (status) status.textContent = "Đã sao chép liên kết.";
      } catch {
        if (status) status.textContent = "Không sao chép được, hãy giữ vào liên kết để sao chép.";
      }
    });
  }
  for (const button of document.querySelectorAll("[data-print]")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  }
}

wireSharing();
countVisit().then(refresh);
setInterval(() => {
  if (document.visibilityState === "visible") refresh();
}, REFRESH_MS);
