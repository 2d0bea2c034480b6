"""Command-line commands, one module per area. Each module has `register(subparsers)`,
which adds its commands with `handler=<function(ctx, args) -> exit code>`; `index.py` names
each command word's module (imported only when that command runs) and its help line."""
