"""The Backlog section: quarantine records, dashboard, negative balances."""
