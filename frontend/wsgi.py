"""WSGI entry point for production: `gunicorn frontend.wsgi:app`."""

from .app import configure_logging, create_app
from .config import Config

config = Config.from_env()
configure_logging(config)
app = create_app(config)
