# Bokmål: switch. Ordvalg: locales/glossary.toml.
