"""Rendering stages: Liquid, Markdown, layouts (Liquid or Jinja2), shared filters."""
