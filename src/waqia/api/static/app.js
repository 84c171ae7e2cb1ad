// The waqia page: paste or upload an article, see what was read and why,
// correct it, and browse incidents.  Hash routes: #/ #/doc/<id> #/incidents
// #/incident/<id>.

import {el, clear, iso, $} from "./dom.js";
import {get, post, send} from "./api.js";
import {renderArticle, renderLegend} from "./article.js";
import {renderEvents, renderClaimsTable, flatClaims} from "./cards.js";
import {renderMap} from "./map.js";
import {renderReview} from "./review.js";
import {showIncidents, showIncident} from "./incidents.js";

const VIEWS = ["view-read", "view-doc", "view-incidents", "view-incident"];

function show(view) {
  for (const id of VIEWS) $(id).hidden = id !== view;
  document.body.dataset.view = view;
}

function say(message, isError) {
  const box = clear($("status"));
  if (message) box.append(el("p", {class: isError ? "error" : "info"}, message));
}

function article() {
  return {
    text: $("article-text").value,
    published: $("article-published").value || null,
    title: $("article-title").value || null,
    url: $("article-url").value || null,
    outlet: $("article-outlet").value || null,
  };
}

function renderRecord(record, text) {
  const meta = clear($("doc-meta"));
  meta.append(el("h2", {}, record.title ? iso(record.title) : "خبر"),
    el("p", {class: "meta"}, "المعرّف ", iso(record.doc_id), " · النشر ", iso(record.published || "غير معروف"),
      record.outlet ? [" · ", iso(record.outlet)] : "", " · ",
      record.relevant ? "يروي حدثًا" : "لا يروي حدثًا في النطاق"));
  const warnings = clear($("doc-warnings"));
  for (const w of record.warnings || []) warnings.append(el("li", {}, iso(w)));
  renderLegend($("legend"));
  renderArticle($("doc-text"), text || "", record);
  renderEvents($("events"), record);
  renderMap($("map"), record);
  renderClaimsTable($("claims-table"), flatClaims(record));
}

async function showDocument(id) {
  show("view-doc");
  const [record, info] = await Promise.all([
    get(`/v1/documents/${encodeURIComponent(id)}`),
    get(`/v1/documents/${encodeURIComponent(id)}/review`),
  ]);
  renderRecord(record, record.text);
  renderReview($("review"), id, info, () => {
    say("حُفظ التصحيح.");
    showDocument(id).catch(fail);
  });
  document.body.dataset.loaded = id;
}

function fail(e) {
  say(e.message || String(e), true);
}

async function route() {
  const hash = decodeURIComponent(location.hash.replace(/^#\/?/, ""));
  delete document.body.dataset.loaded;
  try {
    if (hash.startsWith("doc/")) await showDocument(hash.slice(4));
    else if (hash === "incidents") {
      show("view-incidents");
      await showIncidents($("incident-filters"), $("incident-list"));
    } else if (hash.startsWith("incident/")) {
      show("view-incident");
      await showIncident(hash.slice(9), $("incident"));
    } else show("view-read");
  } catch (e) {
    fail(e);
  }
}

// What storing said, when the article was there before: the page then shows the stored reading.
const STORED = {
  duplicate: (id) => `هذا الخبر محفوظ من قبل (المعرّف ${id}): هذه قراءته المحفوظة مع نصه.`,
  unchanged: (id) => `هذا الخبر محفوظ من قبل بالقراءة نفسها (المعرّف ${id}).`,
};

async function submit(store) {
  const a = article();
  if (!a.text.trim()) return say("الصق نص الخبر أولًا.", true);
  say("جارٍ القراءة…");
  try {
    if (store) {
      const {data: record, headers} = await send("POST", "/v1/documents", a);
      const how = headers.get("X-Waqia-Ingest") || "added";
      document.body.dataset.ingest = how;
      say(STORED[how] ? STORED[how](record.doc_id) : "");
      $("article-form").reset();
      const target = `#/doc/${encodeURIComponent(record.doc_id)}`;
      if (location.hash === target) route();
      else location.hash = target;
    } else {
      const record = await post("/v1/extract", a);
      say("قراءة دون حفظ: لا يمكن تصحيحها.");
      show("view-doc");
      renderRecord(record, a.text);
      clear($("review")).append(el("p", {class: "empty"}, "احفظ الخبر لتصحيح قراءته."));
    }
  } catch (e) {
    fail(e);
  }
}

// A new article starts with empty metadata: the last one's outlet or date must not stick to it.
function clearMetadata() {
  for (const id of ["article-published", "article-title", "article-url", "article-outlet"]) $(id).value = "";
}

// A file's text: UTF-8 when it is valid UTF-8, else windows-1256 (older Arabic sites and editors).
// An HTML page is sent as it is: the server reads its article.
async function readFile(file) {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder("utf-8", {fatal: true}).decode(bytes);
  } catch (e) {
    return new TextDecoder("windows-1256").decode(bytes);
  }
}

function init() {
  const key = sessionStorage.getItem("waqia-key");
  if (key) $("api-key").value = key;
  $("api-key").addEventListener("change", (e) => sessionStorage.setItem("waqia-key", e.target.value));
  $("article-form").addEventListener("submit", (e) => { e.preventDefault(); submit(true); });
  $("extract-button").addEventListener("click", () => submit(false));
  // Pasting over the whole text (or into an empty box) starts a new article: its metadata too.
  $("article-text").addEventListener("paste", (e) => {
    const box = e.target;
    if (!box.value || (box.selectionStart === 0 && box.selectionEnd === box.value.length)) clearMetadata();
  });
  $("article-file").addEventListener("change", async (e) => {
    const file = e.target.files[0];
    if (!file) return;
    clearMetadata();
    $("article-text").value = await readFile(file);
  });
  $("incident-filters").addEventListener("submit", (e) => {
    e.preventDefault();
    showIncidents(e.target, $("incident-list")).catch(fail);
  });
  window.addEventListener("hashchange", route);
  route();
}

init();
