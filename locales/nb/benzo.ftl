# Bokmål: benzo. Ordvalg: locales/glossary.toml.
