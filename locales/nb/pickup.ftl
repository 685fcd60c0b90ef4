# Bokmål: pickup. Ordvalg: locales/glossary.toml.
