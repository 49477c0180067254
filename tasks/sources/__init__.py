"""Sources of incoming files: a folder (and later IMAP mailboxes and SFTP directories)."""
