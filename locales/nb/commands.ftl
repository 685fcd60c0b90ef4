# Bokmål: commands. Ordvalg: locales/glossary.toml.
