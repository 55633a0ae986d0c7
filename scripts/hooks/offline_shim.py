"""MkDocs hook: the offline copy loads its Web Worker shim from the site, not from unpkg.com.

Material's `offline` plugin (enabled by `make offline`) lets search run from `file://` by adding
the iframe-worker shim to `extra.polyfills`, as `https://unpkg.com/iframe-worker/shim`: a
request to the internet from a copy meant to work without one. This hook swaps that URL for a
vendored copy of the same file (npm `iframe-worker` 1.0.4, `shim/index.js` unchanged, MIT licence
next to it in scripts/vendor/iframe-worker/) and adds the file to the build. The online build
does not enable the plugin, so it neither ships nor loads the shim.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

UNPKG_SHIM = "https://unpkg.com/iframe-worker/shim"
SHIM_SOURCE = Path(__file__).resolve().parent.parent / "vendor" / "iframe-worker" / "shim.js"
SHIM_URI = "assets/javascripts/iframe-worker-shim.js"

_offline = False


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # Hooks run after plugins, so the offline plugin (if enabled) has already added its URL.
    global _offline
    polyfills = config.extra.get("polyfills", [])
    _offline = UNPKG_SHIM in polyfills
    if _offline:
        config.extra["polyfills"] = [SHIM_URI if url == UNPKG_SHIM else url for url in polyfills]
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    if _offline:
        files.append(File.generated(config, SHIM_URI, abs_src_path=str(SHIM_SOURCE)))
    return files
