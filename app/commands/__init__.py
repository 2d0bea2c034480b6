"""Command-line commands, one module per area. Each module has `register(subparsers)`,
which adds its commands with `handler=<function(ctx, args) -> exit code>`."""
