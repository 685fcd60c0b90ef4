# Bokmål: qtc. Ordvalg: locales/glossary.toml.
