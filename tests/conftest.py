"""Test-session settings: Prefect without telemetry, quiet logs (its ephemeral server logs at
interpreter exit, after pytest has closed the captured streams)."""

import os

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_LOGGING_INTERNAL_LEVEL", "WARNING")
