"""The encrypted database: connection, key management, migrations, backups."""
