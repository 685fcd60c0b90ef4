//! Fixed vocabularies the case files and the rules share: the screen
//! substances and their groups, and the drug catalogue (names, brands, ATC
//! codes and classes) that every prescription is read through.

pub mod drugs;
pub mod substances;
