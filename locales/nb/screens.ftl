# Bokmål: screens. Ordvalg: locales/glossary.toml.
