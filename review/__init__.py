"""The review web page (FastAPI + Jinja2): reviewers check and correct records beside their source."""
