# Bokmål: sources. Ordvalg: locales/glossary.toml.
