# Bokmål: data. Ordvalg: locales/glossary.toml.
