# Bokmål: missed. Ordvalg: locales/glossary.toml.
