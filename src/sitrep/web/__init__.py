"""``sitrep serve``: a local web app and JSON API over one sitrep database (docs/serve.md).

    from sitrep.web import create_app
    app = create_app("sitrep.db")          # an ASGI app: uvicorn.run(app, host="127.0.0.1")
"""

from __future__ import annotations

from sitrep.web.app import create_app

__all__ = ["create_app"]
