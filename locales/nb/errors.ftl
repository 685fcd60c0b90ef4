# Bokmål: errors. Ordvalg: locales/glossary.toml.
