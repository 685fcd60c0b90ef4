# Bokmål: interactions. Ordvalg: locales/glossary.toml.
