// The Network page: fetch /api/network (same filters as the page) and draw it with Cytoscape.js.
// Actors are nodes; events are edges coloured by quad class; a mediator is a diamond (broker)
// joined to both sides by dashed edges. Clicking a node opens the actor's page.
(function () {
  "use strict";
  var QUAD = {
    verbal_coop: "#2f9e44", material_coop: "#1971c2",
    verbal_conflict: "#f08c00", material_conflict: "#e03131"
  };
  var box = document.getElementById("cy");
  var status = document.getElementById("cy-status");
  if (!box || typeof cytoscape === "undefined") {
    if (status) { status.textContent = "The graph library did not load."; }
    return;
  }
  fetch(box.getAttribute("data-src"), { headers: { Accept: "application/json" } })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var maxW = 1;
      data.nodes.forEach(function (n) { if (n.weight > maxW) { maxW = n.weight; } });
      var elements = data.nodes.map(function (n) {
        var label = n.id + (n.arabic ? "\n" + n.arabic : "");
        return { data: { id: n.id, label: label, size: 18 + 30 * n.weight / maxW,
                         broker: n.broker ? 1 : 0 } };
      });
      data.edges.forEach(function (e, i) {
        elements.push({ data: { id: "e" + i, source: e.source, target: e.target, n: e.n,
                                colour: QUAD[e.quad] || "#868e96", kind: e.kind,
                                width: 1 + Math.min(8, e.n) } });
      });
      var cy = cytoscape({
        container: box,
        elements: elements,
        wheelSensitivity: 0.3,
        style: [
          { selector: "node", style: {
              "label": "data(label)", "text-wrap": "wrap", "font-size": 11,
              "font-family": "Noto Naskh Arabic, Noto Sans Arabic, DejaVu Sans, sans-serif",
              "text-valign": "bottom", "text-margin-y": 4, "background-color": "#495057",
              "width": "data(size)", "height": "data(size)" } },
          { selector: "node[broker = 1]", style: {
              "shape": "diamond", "background-color": "#7048e8" } },
          { selector: "edge", style: {
              "line-color": "data(colour)", "target-arrow-color": "data(colour)",
              "target-arrow-shape": "triangle", "curve-style": "bezier", "width": "data(width)",
              "opacity": 0.85 } },
          { selector: "edge[kind = 'mediation']", style: {
              "line-style": "dashed", "target-arrow-shape": "none" } }
        ],
        layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: 9000,
                  idealEdgeLength: 90, padding: 30 }
      });
      cy.on("tap", "node", function (evt) {
        window.location.href = "/actors/" + encodeURIComponent(evt.target.id());
      });
      box.setAttribute("data-nodes", String(cy.nodes().length));
      box.setAttribute("data-edges", String(cy.edges().length));
      if (status) {
        status.textContent = cy.nodes().length + " actors, " + cy.edges().length + " edges.";
      }
      window.wasitNetwork = cy;
    })
    .catch(function (err) {
      if (status) { status.textContent = "Could not load the network: " + err; }
    });
}());
