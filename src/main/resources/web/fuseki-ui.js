// Added to the Fuseki UI by diplograph: a bar linking to the network and the pages, and on a
// read-only server a note saying why "add data" and "edit" are not offered (they are hidden).
"use strict";
(function () {
  const settings = window.DIPLOGRAPH || { readOnly: true, base: "/" };
  const bar = document.createElement("div");
  bar.className = "dg-bar";
  bar.innerHTML = "<strong>diplograph</strong><a href=\"" + settings.base + "network\">Network</a>"
    + "<a href=\"" + settings.base + "queries\">Named queries</a>"
    + (settings.readOnly ? "<span class=\"dg-note\">Read-only server: adding and editing data is done with "
      + "<code>diplograph ingest</code>, or served with <code>serve --update --password-file FILE</code>.</span>" : "");
  document.body.prepend(bar);
  if (settings.readOnly) {
    document.body.classList.add("dg-read-only");
  }
})();
