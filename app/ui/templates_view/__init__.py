"""The Templates section: every notice template, a lint that names its fields and problems,
a live preview, and local edits kept in the encrypted store."""
