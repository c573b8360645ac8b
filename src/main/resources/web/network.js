// The who-met-whom network: the named queries who-met-whom (the contacts) and persons (names,
// Wikidata, states) run on this server's SPARQL endpoint; this page only draws and filters them.
"use strict";

const KINDS = {
  meeting: "#1f77b4", talks: "#d62728", visit: "#2ca02c", phone_call: "#ff7f0e", videoconference: "#9467bd"
};
const ID_NS = "https://w3id.org/diplograph/id/";

async function runNamedQuery(name) {
  const text = await (await fetch("queries/" + name + ".rq")).text();
  const response = await fetch("diplograph/sparql", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json" },
    body: new URLSearchParams({ query: text })
  });
  if (!response.ok) {
    throw new Error(name + ": HTTP " + response.status);
  }
  const json = await response.json();
  return json.results.bindings.map(b => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
}

/** The page of a minted IRI on this server (id/person/x), or the IRI itself. */
function pageOf(iri) {
  return iri.startsWith(ID_NS) ? "id/" + iri.substring(ID_NS.length) : iri;
}

/** One contact per event: rows of who-met-whom are per source article. */
function contactsFrom(rows) {
  const byKey = new Map();
  for (const r of rows) {
    const key = [r.a, r.b, r.kind, r.date || "", r.place || ""].join("|");
    let c = byKey.get(key);
    if (!c) {
      c = { a: r.a, b: r.b, aName: r.aName, bName: r.bName, kind: r.kind, date: r.date || null,
            place: r.place || null, articles: new Set() };
      byKey.set(key, c);
    }
    c.articles.add(r.article);
  }
  return [...byKey.values()];
}

const state = { contacts: [], persons: new Map(), cy: null };

function personStates(iri) {
  const p = state.persons.get(iri);
  return p ? [...p.states.keys()] : [];
}

function filtered() {
  const f = Object.fromEntries(new FormData(document.getElementById("filters")));
  const kinds = new Set([...document.querySelectorAll("#kinds input:checked")].map(i => i.value));
  return state.contacts.filter(c =>
    kinds.has(c.kind)
    && (!f.from || (c.date && c.date >= f.from))
    && (!f.to || (c.date && c.date <= f.to))
    && (!f.country || personStates(c.a).includes(f.country) || personStates(c.b).includes(f.country))
    && (!f.person || c.a === f.person || c.b === f.person));
}

/** Nodes and edges for the contacts: per person or per state; one edge per pair and kind. */
function elements(contacts, level) {
  const nodes = new Map();
  const edges = new Map();
  const node = (id, label, href) => {
    let n = nodes.get(id);
    if (!n) {
      n = { data: { id, label, href, contacts: 0 } };
      nodes.set(id, n);
    }
    return n;
  };
  for (const c of contacts) {
    let ends;
    if (level === "state") {
      const as = personStates(c.a), bs = personStates(c.b);
      if (!as.length || !bs.length) continue;
      const sa = as[0], sb = bs[0];
      if (sa === sb) continue;
      ends = [[sa, state.stateNames.get(sa)], [sb, state.stateNames.get(sb)]];
    } else {
      ends = [[c.a, c.aName], [c.b, c.bName]];
    }
    ends.sort((x, y) => x[0] < y[0] ? -1 : 1);
    const [[a, aName], [b, bName]] = ends;
    node(a, aName, pageOf(a)).data.contacts++;
    node(b, bName, pageOf(b)).data.contacts++;
    const id = a + "|" + b + "|" + c.kind;
    let e = edges.get(id);
    if (!e) {
      e = { data: { id, source: a, target: b, kind: c.kind, color: KINDS[c.kind] || "#888", count: 0, list: [] } };
      edges.set(id, e);
    }
    e.data.count++;
    e.data.list.push(c);
  }
  return [...nodes.values(), ...edges.values()];
}

function draw() {
  const level = document.querySelector("input[name=level]:checked").value;
  const contacts = filtered();
  const els = elements(contacts, level);
  const cy = state.cy;
  cy.elements().remove();
  cy.add(els);
  const max = Math.max(1, ...cy.nodes().map(n => n.data("contacts")));
  cy.nodes().forEach(n => n.data("size", 14 + 40 * Math.sqrt(n.data("contacts") / max)));
  // In a crowded network only the most connected keep their names on the drawing; hovering shows the rest.
  const named = new Set(cy.nodes().sort((x, y) => y.data("contacts") - x.data("contacts")).slice(0, 25).map(n => n.id()));
  cy.nodes().forEach(n => n.data("shown", named.has(n.id()) ? n.data("label") : ""));
  cy.edges().forEach(e => e.data("width", Math.min(12, 1.5 + 1.5 * e.data("count"))));
  const list = document.getElementById("nodes");
  list.innerHTML = "";
  cy.nodes().sort((x, y) => y.data("contacts") - x.data("contacts")).forEach(n => {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = n.data("href");
    a.textContent = n.data("label");
    li.append(a, " · " + n.data("contacts") + (n.data("contacts") === 1 ? " contact" : " contacts"));
    list.append(li);
  });
  cy.resize(); // the list above may have changed the canvas's height
  cy.layout(cy.nodes().length > 12
    ? { name: "cose", animate: false, padding: 40, nodeRepulsion: () => 400000, idealEdgeLength: () => 80, randomize: false }
    : { name: "circle", animate: false, padding: 40 }).run();
  cy.fit(undefined, 40);
  // Names stay readable (about 12 px) however far the fit zoomed out.
  cy.style().selector("node").style({ "font-size": 12 / cy.zoom(), "text-margin-y": 4 / cy.zoom() }).update();
  document.getElementById("status").textContent =
    cy.nodes().length + " " + (level === "state" ? "states" : "persons") + ", " + contacts.length + " contacts";
  document.body.dataset.ready = "true";
}

function showTip(edge, position) {
  const tip = document.getElementById("tip");
  const lines = edge.data("list").slice().sort((x, y) => (x.date || "") < (y.date || "") ? -1 : 1).map(c =>
    "<li>" + escapeHtml((c.date || "undated") + " · " + c.kind.replace("_", " ") + " · " + c.aName + " – " + c.bName
      + (c.place ? " in " + c.place : "") + " (" + c.articles.size + (c.articles.size === 1 ? " source)" : " sources)"))
    + "</li>");
  tip.innerHTML = "<ul>" + lines.join("") + "</ul>";
  tip.style.left = (position.x + 12) + "px";
  tip.style.top = (position.y + 12) + "px";
  tip.hidden = false;
}

function escapeHtml(s) {
  return s.replace(/[&<>"']/g, ch => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" })[ch]);
}

function fillFilters() {
  const kinds = document.getElementById("kinds");
  for (const [kind, color] of Object.entries(KINDS)) {
    const label = document.createElement("label");
    label.innerHTML = "<input type=\"checkbox\" name=\"kind\" value=\"" + kind + "\" checked> <span class=\"swatch\" style=\"background:"
      + color + "\"></span>" + kind.replace("_", " ");
    kinds.append(label);
  }
  const country = document.getElementById("country");
  [...state.stateNames.entries()].sort((x, y) => x[1] < y[1] ? -1 : 1).forEach(([iri, name]) => country.add(new Option(name, iri)));
  const person = document.getElementById("person");
  const inContacts = new Set(state.contacts.flatMap(c => [c.a, c.b]));
  [...state.persons.entries()].filter(([iri]) => inContacts.has(iri)).sort((x, y) => x[1].name < y[1].name ? -1 : 1)
    .forEach(([iri, p]) => person.add(new Option(p.name, iri)));
}

async function main() {
  state.cy = cytoscape({
    container: document.getElementById("graph"),
    style: [
      { selector: "node", style: { "label": "data(shown)", "width": "data(size)", "height": "data(size)",
          "background-color": "#4a6fa5", "font-size": 11, "text-valign": "bottom", "text-margin-y": 4 } },
      { selector: "edge", style: { "line-color": "data(color)", "width": "data(width)", "curve-style": "bezier", "opacity": 0.8 } },
      { selector: "node:selected", style: { "background-color": "#e0a800" } },
      { selector: "node.hover", style: { "label": "data(label)", "background-color": "#e0a800", "z-index": 10 } }
    ],
    wheelSensitivity: 0.3
  });
  state.cy.on("tap", "node", ev => { window.location.href = ev.target.data("href"); });
  state.cy.on("mouseover", "edge", ev => showTip(ev.target, ev.renderedPosition));
  state.cy.on("mouseout", "edge", () => { document.getElementById("tip").hidden = true; });
  state.cy.on("mouseover", "node", ev => ev.target.addClass("hover"));
  state.cy.on("mouseout", "node", ev => ev.target.removeClass("hover"));
  try {
    const [meetings, persons] = await Promise.all([runNamedQuery("who-met-whom"), runNamedQuery("persons")]);
    state.contacts = contactsFrom(meetings);
    state.stateNames = new Map();
    for (const p of persons) {
      let entry = state.persons.get(p.person);
      if (!entry) {
        entry = { name: p.name, wikidata: p.wikidata, states: new Map() };
        state.persons.set(p.person, entry);
      }
      if (p.state) {
        entry.states.set(p.state, p.stateName);
        state.stateNames.set(p.state, p.stateName);
      }
    }
    fillFilters();
    document.getElementById("filters").addEventListener("change", draw);
    draw();
  } catch (e) {
    document.getElementById("status").textContent = "Cannot load the network: " + e.message;
    throw e;
  }
}

window.dg = state;
main();
