"""Rendering: the Markdown fact sheet from Jinja2 templates, charts, the template sandbox."""
