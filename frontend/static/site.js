// The reader site's only script. Pages work without it; it counts the visit,
// refreshes the statistics box, and wires the copy-link and print buttons.
// Text from the API is inserted with textContent only.

const api = document.documentElement.dataset.api;
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
  if (!box || !api) return;
  try {
    const response = await fetch(`${api}/stats/`, { cache: "no-store" });
    if (response.ok) fill(await response.json());
  } catch {
    // Offline or the API is down: keep the figures the server rendered.
  }
}

async function countVisit() {
  if (!api || !("track" in document.body.dataset)) return;
  try {
    // A string body goes as text/plain, a "simple" cross-origin request: no
    // CORS preflight, one round trip on slow links. keepalive lets it finish
    // even if the reader leaves at once; awaiting it means the refresh below
    // already includes this visit.
    await fetch(`${api}/stats/hits/`, {
      method: "POST",
      keepalive: true,
      body: JSON.stringify({ path: location.pathname }),
    });
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
