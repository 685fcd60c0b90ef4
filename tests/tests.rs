//! The integration tests, one binary (as ripgrep's tests/tests.rs): each
//! file of tests/ is a module here, so cargo links one test binary instead
//! of one per file. Most tests call the library in-process
//! (`common::lib()`, `larcheck::run_captured`); the ones that need the
//! process (exit codes and standard error of the binary, standard input,
//! pipes) spawn it (`common::larcheck()`). The fixtures and their snapshots
//! are the separate harness tests/fixtures.rs (libtest-mimic).

mod common;

mod batch;
mod catalogue;
mod chart;
mod cli;
mod docs;
mod drug_rules_agree;
mod fhir_properties;
mod i18n;
mod i18n_input;
mod import_fest;
mod import_fhir;
mod input_errors;
#[cfg(unix)]
mod interactive;
mod plan;
mod prescription_strings;
mod properties;
mod revision;
mod robustness;
mod safety;
mod schedule;
mod sources;
mod term;
mod timeline;
mod training;
mod unsafe_config;
mod wording;
mod worklist;
