"""The `invoices` command line: the top floor, which nothing else imports."""
