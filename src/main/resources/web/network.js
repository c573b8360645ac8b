// The who-met-whom network: the contacts the filters select, read from the store's contacts index
// (one node per contact) by this server's SPARQL endpoint, which filters by date, kind, person and
// country and caps the answer (the contacts with most sources first, "show more" for the rest);
// then the states of the persons drawn. The page only draws what it is sent.
"use strict";

const KINDS = {
  meeting: "#1f77b4", talks: "#d62728", visit: "#2ca02c", phone_call: "#ff7f0e", videoconference: "#9467bd"
};
const ID_NS = "https://w3id.org/diplograph/id/";

const CONTACTS_GRAPH = "https://w3id.org/diplograph/graph/contacts";
const KIND_NS = "https://w3id.org/diplograph/kind/";
/** Contacts drawn at first; "show more" doubles it. The heaviest contacts (most sources) come first. */
const FIRST_CAP = Number(new URLSearchParams(location.search).get("cap")) || 500;

async function select(query) {
  const response = await fetch("diplograph/sparql", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json" },
    body: new URLSearchParams({ query })
  });
  if (!response.ok) {
    throw new Error("HTTP " + response.status);
  }
  const json = await response.json();
  return json.results.bindings.map(b => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
}

const iri = s => "<" + s.replace(/[<>"{}|^`\\\s]/g, "") + ">";
const dateLiteral = d => /^\d{4}-\d\d-\d\d$/.test(d) ? "\"" + d + "\"^^<http://www.w3.org/2001/XMLSchema#date>" : null;

/**
 * The SPARQL for the contacts the filters select, read from the contacts index (one node per
 * contact, with its number of sources): the endpoint filters and caps, the page only draws.
 */
function contactsQuery(f, kinds, cap) {
  const filters = [];
  const from = dateLiteral(f.from || ""), to = dateLiteral(f.to || "");
  if (from) filters.push("FILTER (BOUND(?date) && ?date >= " + from + ")");
  if (to) filters.push("FILTER (BOUND(?date) && ?date <= " + to + ")");
  if (f.person) filters.push("FILTER (?a = " + iri(f.person) + " || ?b = " + iri(f.person) + ")");
  if (f.country) {
    filters.push("FILTER EXISTS { GRAPH ?source { ?holding org:organization " + iri(f.country)
      + " . { ?holding org:member ?a } UNION { ?holding org:member ?b } } }");
  }
  return "PREFIX dg: <https://w3id.org/diplograph/ontology#>\nPREFIX org: <http://www.w3.org/ns/org#>\n"
    + "SELECT ?a ?aName ?b ?bName ?k ?date ?place ?sources WHERE {\n"
    + "  VALUES ?k { " + [...kinds].map(k => iri(KIND_NS + k)).join(" ") + " }\n"
    + "  GRAPH <" + CONTACTS_GRAPH + "> {\n"
    + "    ?contact dg:contactKind ?k ; dg:personA ?a ; dg:personB ?b ; dg:personAName ?aName ; dg:personBName ?bName ;\n"
    + "             dg:sourceCount ?sources ; dg:contactSortKey ?order .\n"
    + "    OPTIONAL { ?contact dg:contactDate ?date }\n    OPTIONAL { ?contact dg:placeLabel ?place }\n  }\n"
    + "  " + filters.join("\n  ") + "\n}\nORDER BY DESC(?sources) ?order\nLIMIT " + (cap + 1);
}

/** The states each of {@code persons} is said to hold an office of (for the states view and the list). */
function personStatesQuery(persons) {
  return "PREFIX dg: <https://w3id.org/diplograph/ontology#>\nPREFIX org: <http://www.w3.org/ns/org#>\n"
    + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    + "SELECT ?person ?state ?stateName WHERE {\n"
    + "  { SELECT DISTINCT ?person ?state WHERE {\n      VALUES ?person { " + persons.map(iri).join(" ") + " }\n"
    + "      GRAPH ?source { ?holding org:member ?person ; org:organization ?state } } }\n"
    + "  GRAPH <https://w3id.org/diplograph/graph/reference> { ?state a dg:State ; rdfs:label ?stateName }\n}";
}

const STATES_QUERY = "PREFIX dg: <https://w3id.org/diplograph/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
  + "SELECT ?state ?name WHERE { GRAPH <https://w3id.org/diplograph/graph/reference> { ?state a dg:State ; rdfs:label ?name } }";

/** The page of a minted IRI on this server (id/person/x), or the IRI itself. */
function pageOf(iri) {
  return iri.startsWith(ID_NS) ? "id/" + iri.substring(ID_NS.length) : iri;
}

const state = { contacts: [], persons: new Map(), stateNames: new Map(), cy: null, cap: FIRST_CAP, more: false, asked: 0 };

function personStates(iri) {
  const p = state.persons.get(iri);
  // Of several, the first by name, as the states list orders them.
  return p && p.states ? [...p.states.entries()].sort((x, y) => x[1] < y[1] ? -1 : 1).map(e => e[0]) : [];
}

/** Asks the endpoint for the contacts the filters select (at most the cap), then the states of their persons. */
async function load() {
  const asked = ++state.asked;
  document.body.dataset.ready = "false";
  document.getElementById("status").textContent = "Loading…";
  const f = Object.fromEntries(new FormData(document.getElementById("filters")));
  const kinds = new Set([...document.querySelectorAll("#kinds input:checked")].map(i => i.value));
  let rows = kinds.size ? await select(contactsQuery(f, kinds, state.cap)) : [];
  const more = rows.length > state.cap;
  rows = rows.slice(0, state.cap);
  if (asked !== state.asked) {
    return; // the filters changed while this answer was on its way
  }
  for (const r of rows) {
    for (const [p, name] of [[r.a, r.aName], [r.b, r.bName]]) {
      if (!state.persons.has(p)) state.persons.set(p, { name, states: null });
    }
  }
  state.contacts = rows.map(r => ({ a: r.a, b: r.b, aName: r.aName, bName: r.bName, kind: r.k.substring(KIND_NS.length),
    date: r.date || null, place: r.place || null, sources: Number(r.sources) }));
  state.more = more;
  fillPersons();
  await drawAtLevel();
}

/** Draws per person, or per state once the states of the persons drawn are known (asked only then). */
async function drawAtLevel() {
  if (document.querySelector("input[name=level]:checked").value === "state") {
    const unknown = [...new Set(state.contacts.flatMap(c => [c.a, c.b]))].filter(p => state.persons.get(p).states === null);
    const asked = state.asked;
    const rows = unknown.length ? await select(personStatesQuery(unknown)) : [];
    if (asked !== state.asked) {
      return;
    }
    unknown.forEach(p => { state.persons.get(p).states = new Map(); });
    for (const r of rows) {
      state.persons.get(r.person).states.set(r.state, r.stateName);
      state.stateNames.set(r.state, r.stateName);
    }
  }
  draw();
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
  const contacts = state.contacts;
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
    cy.nodes().length + " " + (level === "state" ? "states" : "persons") + ", " + contacts.length + " contacts"
    + (state.more ? " (the " + contacts.length + " with most sources)" : "");
  document.getElementById("more").hidden = !state.more;
  document.body.dataset.ready = "true";
}

function showTip(edge, position) {
  const tip = document.getElementById("tip");
  const lines = edge.data("list").slice().sort((x, y) => (x.date || "") < (y.date || "") ? -1 : 1).map(c =>
    "<li>" + escapeHtml((c.date || "undated") + " · " + c.kind.replace("_", " ") + " · " + c.aName + " – " + c.bName
      + (c.place ? " in " + c.place : "") + " (" + c.sources + (c.sources === 1 ? " source)" : " sources)"))
    + "</li>");
  tip.innerHTML = "<ul>" + lines.join("") + "</ul>";
  tip.style.left = (position.x + 12) + "px";
  tip.style.top = (position.y + 12) + "px";
  tip.hidden = false;
}

function escapeHtml(s) {
  return s.replace(/[&<>"']/g, ch => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" })[ch]);
}

function fillFilters(states) {
  const kinds = document.getElementById("kinds");
  for (const [kind, color] of Object.entries(KINDS)) {
    const label = document.createElement("label");
    label.innerHTML = "<input type=\"checkbox\" name=\"kind\" value=\"" + kind + "\" checked> <span class=\"swatch\" style=\"background:"
      + color + "\"></span>" + kind.replace("_", " ");
    kinds.append(label);
  }
  const country = document.getElementById("country");
  states.sort((x, y) => x.name < y.name ? -1 : 1).forEach(s => country.add(new Option(s.name, s.state)));
}

/** The person list: everyone drawn so far (a person chosen stays listed while the view narrows to them). */
function fillPersons() {
  const person = document.getElementById("person");
  const chosen = person.value;
  const listed = new Set([...person.options].map(o => o.value));
  [...state.persons.entries()].filter(([p]) => !listed.has(p)).forEach(([p, entry]) => person.add(new Option(entry.name, p)));
  const options = [...person.options].slice(1).sort((x, y) => x.text < y.text ? -1 : 1);
  options.forEach(o => person.add(o));
  person.value = chosen;
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
    fillFilters(await select(STATES_QUERY));
    document.getElementById("filters").addEventListener("change", ev => {
      if (ev.target.name === "level") {
        document.body.dataset.ready = "false";
        drawAtLevel().catch(failed); // the same contacts, drawn per state or per person
      } else {
        state.cap = FIRST_CAP;
        load().catch(failed);
      }
    });
    document.getElementById("more").addEventListener("click", () => {
      state.cap *= 2;
      load().catch(failed);
    });
    await load();
  } catch (e) {
    failed(e);
  }
}

function failed(e) {
  document.getElementById("status").textContent = "Cannot load the network: " + e.message;
  throw e;
}

window.dg = state;
main();
