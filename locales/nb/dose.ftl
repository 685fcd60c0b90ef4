# Bokmål: dose. Ordvalg: locales/glossary.toml.
