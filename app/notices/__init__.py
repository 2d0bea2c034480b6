"""Notice templates: the sandboxed Jinja2 environment, lint, the catalog, rendering."""
