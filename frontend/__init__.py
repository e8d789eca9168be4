"""The reader site: server-rendered pages over the CMS's public API.

A separate deployable: it imports nothing from `cms/` or `api/` and has no
database; everything it shows comes from the API over HTTP (see `api.py`).
"""
