// Builds ../plotly-scatter.min.js, the plotly.js the chart component loads: `npm ci && npm run build`.
//
// plotly.js's own "custom bundle" with --traces scatter: its core alone (scatter traces, annotations,
// shapes, error bars, legend, hover, modebar, selections), all Raqib's figures use. The basic
// bundle (1.2 MB) adds bar, pie and world calendars, and evaluating it cost each new page ~0.15 s
// more of the browser's main thread (BENCHMARKS.md). Same esbuild settings as plotly.js's
// esbuild-config.js, minified; the version must stay the one Python plotly ships (a test checks).
// The first line asks Chromium to compile every function while the file downloads, on another
// thread (V8's explicit compile hints), instead of on the page's main thread when first called:
// about 0.15 s less of main-thread work per new page (BENCHMARKS.md); other browsers ignore it.
const esbuild = require("esbuild");
const path = require("path");
const { version } = require("plotly.js/package.json");

const out = path.join(__dirname, "..", "plotly-scatter.min.js");
esbuild.build({
  stdin: { contents: "module.exports = require('plotly.js/lib/core');", resolveDir: __dirname },
  outfile: out,
  format: "iife",
  globalName: "Plotly",
  bundle: true,
  minify: true,
  target: "es2016",
  define: { global: "window", "define.amd": "false", "process.env.NODE_DEBUG": "false" },
  alias: { stream: "stream-browserify" },
  // The registry imports maplibre's stylesheet for map traces, which this bundle has none of.
  loader: { ".css": "empty" },
  banner: { js: `//# allFunctionsCalledOnLoad\n/**\n* plotly.js (scatter - minified) v${version}\n* Copyright 2012-2026, Plotly, Inc.\n* All rights reserved.\n* Licensed under the MIT license\n*/` },
  legalComments: "none",
  logLevel: "warning",
}).then(() => console.log(`wrote ${out} (plotly.js ${version})`));
