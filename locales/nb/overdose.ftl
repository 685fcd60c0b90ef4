# Bokmål: overdose. Ordvalg: locales/glossary.toml.
