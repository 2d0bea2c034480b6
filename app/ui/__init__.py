"""Qt widgets, item models, dialogs. Thin: calls services, shows results."""
