"""MkDocs hook: keep Material's compiled page templates between builds.

MkDocs compiles the theme's Jinja templates anew on every build, which is about a sixth of a
warm build here. Jinja's own bytecode cache keeps them in `.cache/templates` (or the folder
named by TEMPLATE_CACHE_DIR); an entry is used only while its template's source is unchanged,
so an edited template or a theme upgrade is compiled again. The output does not change.
"""

from __future__ import annotations

import os
from pathlib import Path

from jinja2 import Environment, FileSystemBytecodeCache
from mkdocs.config.defaults import MkDocsConfig


def on_env(env: Environment, config: MkDocsConfig, **kwargs: object) -> Environment:
    project = Path(config.config_file_path).parent
    cache = project / os.environ.get("TEMPLATE_CACHE_DIR", ".cache/templates")
    cache.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = FileSystemBytecodeCache(str(cache))
    return env
