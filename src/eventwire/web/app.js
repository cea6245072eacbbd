// eventwire analyst's desk: map, timeline, event panel, review.
//
// Article text and every field come from untrusted reports, so this file never puts data
// into innerHTML: every node is built with createElement / textContent (see `el`). The
// server's Content-Security-Policy forbids inline script and style as a second line.
(function () {
  "use strict";

  const TYPES = [
    "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
    "Strategic developments", "Non-conflict",
  ];
  const FIELD_NAMES = {
    sub_event_type: "Event type", date: "Date", place: "Place", actor1: "Actor 1", actor2: "Actor 2",
    fatalities: "Fatalities",
  };
  const SPAN_KINDS = ["trigger", "date", "place", "actor", "figure", "sentence"];
  const state = {
    events: [], // summaries from GET /events, reviewed values
    selection: null, // [firstDay, lastDay] as ISO strings, from the timeline
    days: [], // the timeline's days, ISO strings
    current: null, // the open event's detail
    timings: {},
  };
  let map = null;
  let clusters = null;

  // -- small DOM helpers -------------------------------------------------------------------

  /** An element with attributes and children; strings become text nodes, never markup. */
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (/^on/i.test(name) || name === "style") throw new Error("el(): refusing attribute " + name);
      if (value === false || value === null || value === undefined) continue;
      node.setAttribute(name, value === true ? "" : String(value));
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** The children that exist: optional sections are written `condition ? node : null`. */
  function present(...nodes) {
    return nodes.filter((node) => node !== null && node !== undefined && node !== false);
  }

  function svg(tag, attributes) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, String(value));
    return node;
  }

  function typeClass(eventType) {
    const index = TYPES.indexOf(eventType);
    return "t-" + (index < 0 ? "other" : index);
  }

  function status(message) {
    document.getElementById("status").textContent = message;
  }

  // -- API ------------------------------------------------------------------------------------

  function token() {
    return document.getElementById("token").value.trim();
  }

  async function api(path, options) {
    const init = Object.assign({ headers: {} }, options || {});
    if (init.body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(init.body);
      if (token()) init.headers.Authorization = "Bearer " + token();
    }
    const response = await fetch(path, init);
    const data = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(problemText(response.status, data));
    return data;
  }

  function problemText(code, data) {
    const detail = data && data.detail;
    if (Array.isArray(detail)) {
      return code + ": " + detail.map((item) => (item.loc || []).slice(1).join(".") + " " + item.msg).join("; ");
    }
    return code + ": " + (detail || "request failed");
  }

  function filterQuery() {
    const params = new URLSearchParams({ limit: "10000", sort: "-date" });
    for (const id of ["f-type", "f-country", "f-actor", "f-q", "f-since", "f-until", "f-status"]) {
      const input = document.getElementById(id);
      if (input.value.trim()) params.set(input.name, input.value.trim());
    }
    return params;
  }

  // -- loading and rendering --------------------------------------------------------------

  async function loadEvents() {
    const started = performance.now();
    status("Loading events…");
    try {
      const page = await api("events?" + filterQuery().toString());
      state.timings.fetchMs = performance.now() - started;
      state.events = page.events;
      const renderStart = performance.now();
      fillChoices(page.events);
      renderTimeline();
      renderVisible();
      state.timings.renderMs = performance.now() - renderStart;
      state.timings.totalMs = performance.now() - started;
      status(page.total + " events" + (page.total > page.events.length ? " (showing " + page.events.length + ")" : ""));
    } catch (error) {
      status("Could not load events: " + error.message);
    }
    document.body.dataset.ready = "true";
  }

  function fillChoices(events) {
    fillSelect("f-type", TYPES.concat(events.map((e) => e.event_type)));
    fillSelect("f-country", events.map((e) => e.country).filter(Boolean));
  }

  function fillSelect(id, values) {
    const select = document.getElementById(id);
    const known = new Set(Array.from(select.options).map((option) => option.value));
    for (const value of Array.from(new Set(values)).sort()) {
      if (!known.has(value)) select.append(el("option", { value: value }, value));
    }
  }

  /** The events the timeline selection lets through: what the map and the list show. */
  function visibleEvents() {
    if (!state.selection) return state.events;
    const [first, last] = state.selection;
    return state.events.filter((event) => event.date && event.date >= first && event.date <= last);
  }

  function renderVisible() {
    const started = performance.now();
    const events = visibleEvents();
    renderMarkers(events);
    renderList(events);
    state.timings.lastFilterMs = performance.now() - started;
  }

  // -- map --------------------------------------------------------------------------------------

  function setUpMap() {
    map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 12, zoomSnap: 0.5, attributionControl: true });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Borders: Natural Earth (world-atlas)");
    map.setView([30, 20], 2);
    clusters = L.markerClusterGroup({
      chunkedLoading: true,
      showCoverageOnHover: false,
      maxClusterRadius: 45,
      iconCreateFunction: clusterIcon,
    });
    map.addLayer(clusters);
    fetch("web/vendor/countries-110m.json")
      .then((response) => response.json())
      .then((topology) => {
        const countries = topojson.feature(topology, topology.objects.countries);
        L.geoJSON(countries, {
          interactive: false,
          style: { color: "#8d99a6", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 },
        }).addTo(map).bringToBack();
      })
      .catch(() => status("The offline basemap could not be loaded"));
  }

  function clusterIcon(cluster) {
    const count = cluster.getChildCount();
    const size = count < 10 ? "small" : count < 100 ? "medium" : "large";
    const inner = el("div", {}, el("span", {}, String(count)));
    return L.divIcon({ html: inner, className: "marker-cluster marker-cluster-" + size, iconSize: L.point(40, 40) });
  }

  const icons = {};
  function markerIcon(event) {
    const key = typeClass(event.event_type) + (event.review_status === "rejected" ? " rejected" : "");
    if (!icons[key]) icons[key] = L.divIcon({ className: "ev-marker " + key, iconSize: [14, 14], html: "" });
    return icons[key];
  }

  function renderMarkers(events) {
    clusters.clearLayers();
    const markers = [];
    for (const event of events) {
      if (event.latitude === null || event.longitude === null) continue;
      const marker = L.marker([event.latitude, event.longitude], {
        icon: markerIcon(event),
        title: (event.date || "?") + " " + event.sub_event_type + " — " + (event.location || "?"),
        alt: event.sub_event_type,
        keyboard: true,
      });
      marker.eventId = event.event_id;
      marker.on("click", () => openEvent(event.event_id));
      markers.push(marker);
    }
    clusters.addLayers(markers);
    const mapNode = document.getElementById("map");
    mapNode.dataset.markers = String(markers.length);
    if (markers.length && !state.fitted) {
      state.fitted = true;
      map.fitBounds(clusters.getBounds().pad(0.3), { maxZoom: 6 });
    }
  }

  // -- list ---------------------------------------------------------------------------------------

  const LIST_LIMIT = 200;

  function renderList(events) {
    const list = document.getElementById("event-list");
    const items = events.slice(0, LIST_LIMIT).map((event) =>
      el("li", {},
        el("button", { type: "button", class: "event-row", "data-event-id": event.event_id },
          el("span", { class: "swatch " + typeClass(event.event_type), "aria-hidden": "true" }),
          el("span", { class: "date" }, event.date || "?"),
          el("span", { class: "what" }, event.sub_event_type),
          el("span", { class: "where" }, [event.location, event.country].filter(Boolean).join(", ")),
          el("span", { class: "who" }, [event.actor1, event.actor2].filter(Boolean).join(" vs ")),
          event.fatalities ? el("span", { class: "deaths" }, event.fatalities + " killed") : null,
          el("span", { class: "review " + event.review_status }, event.review_status))));
    list.replaceChildren(...items);
    document.getElementById("list-count").textContent =
      "(" + events.length + (events.length > LIST_LIMIT ? ", first " + LIST_LIMIT + " listed" : "") + ")";
  }

  // -- timeline ----------------------------------------------------------------------------------

  const DAY = 86400000;

  function dayRange(events) {
    const dated = events.filter((event) => event.date).map((event) => Date.parse(event.date));
    if (!dated.length) return [];
    const first = Math.min(...dated);
    const last = Math.max(...dated);
    const days = [];
    for (let time = first; time <= last && days.length < 20000; time += DAY) {
      days.push(new Date(time).toISOString().slice(0, 10));
    }
    return days;
  }

  function renderTimeline() {
    const chart = document.getElementById("timeline");
    const width = Math.max(chart.clientWidth || 900, 300);
    const height = 120;
    const top = 6;
    const bottom = 18;
    chart.setAttribute("viewBox", "0 0 " + width + " " + height);
    state.days = dayRange(state.events);
    const index = new Map(state.days.map((day, i) => [day, i]));
    const counts = state.days.map(() => new Map());
    for (const event of state.events) {
      if (!event.date || !index.has(event.date)) continue;
      const slot = counts[index.get(event.date)];
      slot.set(event.event_type, (slot.get(event.event_type) || 0) + 1);
    }
    const highest = Math.max(1, ...counts.map((slot) => Array.from(slot.values()).reduce((a, b) => a + b, 0)));
    const step = state.days.length ? width / state.days.length : width;
    const scale = (height - top - bottom) / highest;
    const fragment = document.createDocumentFragment();
    counts.forEach((slot, i) => {
      let y = height - bottom;
      for (const type of TYPES.concat(Array.from(slot.keys()).filter((t) => !TYPES.includes(t)))) {
        const count = slot.get(type);
        if (!count) continue;
        const barHeight = count * scale;
        y -= barHeight;
        const bar = svg("rect", {
          x: (i * step).toFixed(2), y: y.toFixed(2), width: Math.max(step - 0.5, 0.6).toFixed(2),
          height: barHeight.toFixed(2), class: "bar " + typeClass(type),
        });
        const title = svg("title");
        title.textContent = state.days[i] + ": " + count + " " + type;
        bar.append(title);
        fragment.append(bar);
      }
    });
    for (const [i, day] of state.days.entries()) {
      if (state.days.length > 1 && i !== 0 && i !== state.days.length - 1 && i % Math.ceil(state.days.length / 6)) continue;
      const edge = i === 0 ? " start" : i === state.days.length - 1 ? " end" : "";
      const x = edge === " start" ? 0 : edge === " end" ? width : i * step + step / 2;
      const label = svg("text", { x: x.toFixed(1), y: height - 4, class: "tick" + edge });
      label.textContent = day;
      fragment.append(label);
    }
    const brush = svg("rect", { id: "brush", x: 0, y: 0, width: 0, height: height - bottom, class: "brush" });
    fragment.append(brush);
    chart.replaceChildren(fragment);
    chart.dataset.days = String(state.days.length);
    state.step = step;
    drawSelection();
  }

  function drawSelection() {
    const brush = document.getElementById("brush");
    const label = document.getElementById("selection");
    if (!brush) return;
    if (!state.selection) {
      brush.setAttribute("width", "0");
      label.textContent = "All days";
      return;
    }
    const first = state.days.indexOf(state.selection[0]);
    const last = state.days.indexOf(state.selection[1]);
    brush.setAttribute("x", (Math.max(first, 0) * state.step).toFixed(2));
    brush.setAttribute("width", ((last - first + 1) * state.step).toFixed(2));
    label.textContent = "Selected " + state.selection[0] +
      (state.selection[1] !== state.selection[0] ? " – " + state.selection[1] : "") +
      ": " + visibleEvents().length + " events";
  }

  function select(firstIndex, lastIndex) {
    if (!state.days.length) return;
    const clamp = (i) => Math.min(Math.max(i, 0), state.days.length - 1);
    const [a, b] = [clamp(firstIndex), clamp(lastIndex)].sort((x, y) => x - y);
    state.selection = [state.days[a], state.days[b]];
    drawSelection();
  }

  function clearSelection() {
    state.selection = null;
    drawSelection();
    renderVisible();
  }

  function setUpTimeline() {
    const chart = document.getElementById("timeline");
    let anchor = null;
    const dayAt = (clientX) => {
      const box = chart.getBoundingClientRect();
      const width = chart.viewBox.baseVal.width || box.width;
      return Math.floor(((clientX - box.left) / box.width) * width / state.step);
    };
    chart.addEventListener("pointerdown", (e) => {
      if (!state.days.length) return;
      anchor = dayAt(e.clientX);
      chart.setPointerCapture(e.pointerId);
      select(anchor, anchor);
    });
    chart.addEventListener("pointermove", (e) => {
      if (anchor !== null) select(anchor, dayAt(e.clientX));
    });
    const finish = () => {
      if (anchor === null) return;
      anchor = null;
      renderVisible();
      drawSelection();
    };
    chart.addEventListener("pointerup", finish);
    chart.addEventListener("pointercancel", finish);
    chart.addEventListener("keydown", (e) => {
      if (!state.days.length) return;
      const [first, last] = state.selection
        ? [state.days.indexOf(state.selection[0]), state.days.indexOf(state.selection[1])]
        : [state.days.length - 1, state.days.length - 1];
      const move = e.key === "ArrowLeft" ? -1 : e.key === "ArrowRight" ? 1 : 0;
      if (e.key === "Escape") {
        clearSelection();
      } else if (move && e.shiftKey) {
        select(first, last + move);
        renderVisible();
      } else if (move) {
        select(state.selection ? first + move : last, state.selection ? last + move : last);
        renderVisible();
      } else {
        return;
      }
      drawSelection();
      e.preventDefault();
    });
    document.getElementById("clear-selection").addEventListener("click", clearSelection);
    document.getElementById("legend").replaceChildren(...TYPES.map((type) =>
      el("span", { class: "legend-item" }, el("span", { class: "swatch " + typeClass(type), "aria-hidden": "true" }), type)));
  }

  // -- event panel --------------------------------------------------------------------------------

  async function openEvent(eventId) {
    try {
      const event = await api("events/" + encodeURIComponent(eventId));
      state.current = event;
      renderEvent(event);
      history.replaceState(null, "", "#event=" + encodeURIComponent(eventId));
    } catch (error) {
      status("Could not open the event: " + error.message);
    }
  }

  function showView(id) {
    for (const view of ["panel-empty", "event-view", "article-view"]) {
      document.getElementById(view).hidden = view !== id;
    }
    document.getElementById("panel").focus();
  }

  function renderEvent(event) {
    const view = document.getElementById("event-view");
    const place = [event.location, event.admin1, event.country].filter(Boolean).join(", ");
    view.replaceChildren(...present(
      el("h2", {}, el("span", { class: "swatch " + typeClass(event.event_type), "aria-hidden": "true" }),
        event.sub_event_type + " — " + (place || "unknown place")),
      el("p", { class: "meta" },
        (event.date || "undated") + " (precision " + event.time_precision + ") · " + event.event_type + " · " +
        event.disorder_type + " · confidence " + event.confidence.toFixed(2) + " · ",
        el("span", { class: "review " + event.review_status, id: "review-status" }, event.review_status),
        event.corrected_fields.length ? " (corrected: " + event.corrected_fields.join(", ") + ")" : "",
        event.historical ? " · historical" : ""),
      el("p", { class: "event-id" }, "id ", el("code", {}, event.event_id)),
      section("Fields and their evidence", fieldsTable(event)),
      section("Claims", claimsTable(event.claims_detail)),
      event.fatality_claims.length ? section("Casualty figures", figuresList(event.fatality_claims)) : null,
      section("Sources", sourcesList(event)),
      event.merge_reasons.length ? section("Why its reports were merged",
        el("ul", {}, event.merge_reasons.map((reason) => el("li", {}, reason)))) : null,
      section("Review", reviewForm(event)),
      section("Audit trail", auditList(event.reviews))));
    showView("event-view");
  }

  function section(title, ...content) {
    return el("section", {}, el("h3", {}, title), ...content);
  }

  /** The sentence with the evidence span marked; offsets index the article text. */
  function sentenceWithEvidence(sentence, evidence) {
    if (!sentence) return el("span", { class: "no-evidence" }, "no evidence sentence");
    const text = sentence.text.trim();
    let start = evidence ? evidence.start - sentence.start : -1;
    if (evidence && text.slice(start, start + evidence.text.length) !== evidence.text) start = text.indexOf(evidence.text);
    if (!evidence || start < 0) return el("q", { class: "sentence" }, text);
    const end = start + evidence.text.length;
    return el("q", { class: "sentence" }, text.slice(0, start), el("mark", {}, text.slice(start, end)), text.slice(end));
  }

  function fieldsTable(event) {
    return el("table", { class: "fields" },
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Field"), el("th", { scope: "col" }, "Value"),
        el("th", { scope: "col" }, "Evidence in the source sentence"))),
      el("tbody", {}, event.evidence.map((row) =>
        el("tr", { "data-field": row.field },
          el("th", { scope: "row" }, FIELD_NAMES[row.field] || row.field,
            row.corrected ? el("span", { class: "badge corrected" }, "corrected") : null),
          el("td", { class: "value" }, row.value || "—"),
          el("td", {}, row.corrected ? el("span", { class: "no-evidence" }, "set by a reviewer")
            : row.evidence ? sentenceWithEvidence(row.sentence, row.evidence)
            : el("span", { class: "no-evidence" }, "no span (from context)"))))));
  }

  function claimsTable(claims) {
    if (!claims.length) return el("p", {}, "No claims.");
    return el("table", { class: "claims" },
      el("thead", {}, el("tr", {}, ["Claimant", "Channel", "Stance", "Verification", "Modality", "Hedges", "Sentence"]
        .map((name) => el("th", { scope: "col" }, name)))),
      el("tbody", {}, claims.map((claim) => el("tr", {},
        el("td", {}, claim.claimant), el("td", {}, claim.channel),
        el("td", { class: "stance " + claim.stance }, claim.stance),
        el("td", { class: "verification " + claim.verification }, claim.verification),
        el("td", {}, claim.modality), el("td", {}, claim.hedges.join(", ")),
        el("td", {}, el("q", { class: "sentence" }, claim.sentence.trim()))))));
  }

  function figuresList(figures) {
    return el("ul", {}, figures.map((figure) => el("li", {},
      (figure.lower_bound ? "at least " : figure.approximate ? "about " : "") + figure.figure + " " + figure.kind +
      " according to " + figure.claimant + ": ", el("q", {}, el("mark", {}, figure.evidence.text)))));
  }

  function sourcesList(event) {
    return el("ul", { class: "sources" }, event.sources.map((source) => el("li", {},
      el("button", { type: "button", class: "open-article", "data-article-id": source.article_id },
        "Read: " + (source.title || source.article_id)),
      " " + [source.outlet, source.date].filter(Boolean).join(", "))));
  }

  function auditList(reviews) {
    if (!reviews.length) return el("p", { id: "audit-empty" }, "Not reviewed yet.");
    return el("ol", { class: "audit", id: "audit" }, reviews.map((review) => el("li", {},
      el("time", { datetime: review.at }, review.at.replace("T", " ").slice(0, 19)), " ",
      el("strong", {}, review.reviewer), " (token " + review.token_id + ") ",
      el("span", { class: "action " + review.action }, review.action), ": ",
      changes(review.before, review.after),
      review.comment ? el("blockquote", {}, review.comment) : null)));
  }

  function changes(before, after) {
    const names = Object.keys(after);
    return el("span", { class: "changes" }, names.map((name, i) =>
      [i ? "; " : "", name + " ", el("del", {}, JSON.stringify(before[name] ?? null)), " → ",
        el("ins", {}, JSON.stringify(after[name]))]));
  }

  function reviewForm(event) {
    const input = (name, label, attributes) => el("label", {}, label + " ", el("input", Object.assign({ name: name }, attributes)));
    const subTypes = el("select", { name: "sub_event_type" }, el("option", { value: "" }, "(unchanged)"));
    for (const name of SUB_EVENT_TYPES) subTypes.append(el("option", { value: name }, name));
    const form = el("form", { id: "review-form", "data-event-id": event.event_id },
      input("reviewer", "Reviewer", { value: sessionStorage.getItem("eventwire-reviewer") || "analyst", maxlength: 100, required: true }),
      el("label", { class: "wide" }, "Comment ", el("textarea", { name: "comment", rows: 2, maxlength: 5000 })),
      el("div", { class: "buttons" },
        el("button", { type: "submit", name: "action", value: "accept", class: "accept" }, "Accept"),
        el("button", { type: "submit", name: "action", value: "reject", class: "reject" }, "Reject")),
      el("fieldset", {}, el("legend", {}, "Correct fields (leave blank to keep)"),
        el("label", {}, "Sub-event type ", subTypes),
        input("event_date", "Date", { type: "date" }),
        input("location", "Location", { maxlength: 300 }),
        input("latitude", "Latitude", { type: "number", step: "any", min: -90, max: 90 }),
        input("longitude", "Longitude", { type: "number", step: "any", min: -180, max: 180 }),
        input("actor1", "Actor 1", { maxlength: 300 }),
        input("actor2", "Actor 2", { maxlength: 300 }),
        input("fatalities", "Fatalities", { type: "number", min: 0, step: 1 }),
        el("button", { type: "submit", name: "action", value: "correct", class: "correct" }, "Save correction")),
      el("output", { id: "review-result", "aria-live": "polite" }));
    form.addEventListener("submit", submitReview);
    return form;
  }

  // Sub-event types for the correction form; the server validates against the taxonomy.
  const SUB_EVENT_TYPES = [
    "Armed clash", "Government regains territory", "Non-state actor overtakes territory", "Chemical weapon",
    "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
    "Grenade", "Sexual violence", "Attack", "Abduction/forced disappearance", "Peaceful protest",
    "Protest with intervention", "Excessive force against protesters", "Violent demonstration", "Mob violence",
    "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established",
    "Looting/property destruction", "Non-violent transfer of territory", "Other", "Organized crime",
    "Natural disaster", "Man-made disaster", "Diplomacy", "Attribution of responsibility",
  ];

  async function submitReview(e) {
    e.preventDefault();
    const form = e.target;
    const action = e.submitter ? e.submitter.value : "accept";
    const data = new FormData(form);
    const body = { action: action, reviewer: String(data.get("reviewer") || "analyst"), comment: String(data.get("comment") || "") };
    sessionStorage.setItem("eventwire-reviewer", body.reviewer);
    if (action === "correct") {
      const corrections = {};
      for (const name of ["sub_event_type", "event_date", "location", "actor1", "actor2"]) {
        if (String(data.get(name) || "").trim()) corrections[name] = String(data.get(name)).trim();
      }
      for (const name of ["latitude", "longitude", "fatalities"]) {
        if (String(data.get(name) || "").trim()) corrections[name] = Number(data.get(name));
      }
      body.corrections = corrections;
    }
    const output = document.getElementById("review-result");
    if (!token()) {
      output.textContent = "Enter the token (from `eventwire token`) at the top of the page first.";
      document.getElementById("token").focus();
      return;
    }
    try {
      const result = await api("events/" + encodeURIComponent(form.dataset.eventId) + "/review", { method: "POST", body: body });
      renderEvent(result.event);
      document.getElementById("review-result").textContent = "Saved: " + result.review.action + ".";
      const index = state.events.findIndex((event) => event.event_id === result.event.event_id);
      if (index >= 0) {
        state.events[index] = summaryOf(result.event);
        renderTimeline();
        renderVisible();
      }
    } catch (error) {
      output.textContent = "Not saved: " + error.message;
    }
  }

  function summaryOf(detail) {
    const summary = {};
    for (const name of Object.keys(state.events[0] || {})) summary[name] = detail[name];
    return summary;
  }

  // -- article view ----------------------------------------------------------------------------

  async function openArticle(articleId) {
    try {
      renderArticle(await api("articles/" + encodeURIComponent(articleId)));
    } catch (error) {
      status("Could not open the article: " + error.message);
    }
  }

  function renderArticle(article) {
    const view = document.getElementById("article-view");
    view.replaceChildren(...present(
      state.current ? el("button", { type: "button", id: "back-to-event" }, "← Back to the event") : null,
      el("h2", {}, article.title || "(untitled report)"),
      el("p", { class: "meta" }, [article.outlet, article.date, article.url].filter(Boolean).join(" · ")),
      el("p", { class: "legend" }, SPAN_KINDS.map((kind) => el("span", { class: "k-" + kind }, kind))),
      el("div", { class: "article-text", id: "article-text" }, markedText(article.text, article.spans))));
    showView("article-view");
  }

  const PRIORITY = { figure: 0, date: 1, trigger: 2, actor: 3, place: 4, sentence: 9 };

  /** Text split at every span boundary; each piece marked with its most specific span. */
  function markedText(text, spans) {
    const cuts = new Set([0, text.length]);
    for (const span of spans) {
      cuts.add(Math.max(0, Math.min(text.length, span.start)));
      cuts.add(Math.max(0, Math.min(text.length, span.end)));
    }
    const points = Array.from(cuts).sort((a, b) => a - b);
    const pieces = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const [start, end] = [points[i], points[i + 1]];
      const covering = spans.filter((span) => span.start <= start && span.end >= end);
      const piece = text.slice(start, end);
      if (!covering.length) {
        pieces.push(piece);
        continue;
      }
      covering.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || (a.end - a.start) - (b.end - b.start));
      const main = covering[0];
      const marked = main.kind === "sentence" ? el("span", { class: "k-sentence" }, piece)
        : el("mark", { class: "k-" + main.kind, title: covering.filter((s) => s.kind !== "sentence")
          .map((s) => s.kind + ": " + s.label).join("\n") }, piece);
      pieces.push(marked);
    }
    return pieces;
  }

  // -- ingest ---------------------------------------------------------------------------------

  async function submitReport(e) {
    e.preventDefault();
    const data = new FormData(e.target);
    const body = {};
    for (const name of ["text", "title", "date", "outlet", "url"]) {
      const value = String(data.get(name) || "").trim();
      if (value) body[name] = value;
    }
    const output = document.getElementById("ingest-result");
    output.textContent = "Extracting…";
    try {
      const result = await api("articles", { method: "POST", body: body });
      output.replaceChildren((result.already_stored ? "Already stored. " : "Stored. ") + result.events.length + " events. ",
        el("button", { type: "button", class: "open-article", "data-article-id": result.article_id }, "Read it"));
      await loadEvents();
    } catch (error) {
      output.textContent = "Not stored: " + error.message;
    }
  }

  // -- wiring -----------------------------------------------------------------------------------

  function debounce(action, wait) {
    let timer = null;
    return () => {
      clearTimeout(timer);
      timer = setTimeout(action, wait);
    };
  }

  function start() {
    const tokenInput = document.getElementById("token");
    tokenInput.value = sessionStorage.getItem("eventwire-token") || "";
    tokenInput.addEventListener("change", () => sessionStorage.setItem("eventwire-token", token()));
    setUpMap();
    setUpTimeline();
    const reload = debounce(loadEvents, 250);
    const filters = document.getElementById("filters");
    filters.addEventListener("input", reload);
    filters.addEventListener("change", reload);
    filters.addEventListener("reset", () => setTimeout(loadEvents, 0));
    filters.addEventListener("submit", (e) => { e.preventDefault(); loadEvents(); });
    document.getElementById("ingest").addEventListener("submit", submitReport);
    document.body.addEventListener("click", (e) => {
      const row = e.target.closest("[data-event-id].event-row");
      if (row) return openEvent(row.dataset.eventId);
      const source = e.target.closest("[data-article-id]");
      if (source) return openArticle(source.dataset.articleId);
      if (e.target.closest("#back-to-event") && state.current) renderEvent(state.current);
    });
    document.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && document.getElementById("panel").contains(document.activeElement)) showView("panel-empty");
    });
    window.addEventListener("resize", debounce(renderTimeline, 200));
    window.eventwireDesk = { state: state, openEvent: openEvent, openArticle: openArticle, reload: loadEvents };
    loadEvents().then(() => {
      const match = /event=([^&]+)/.exec(location.hash);
      if (match) openEvent(decodeURIComponent(match[1]));
    });
  }

  document.addEventListener("DOMContentLoaded", start);
})();
