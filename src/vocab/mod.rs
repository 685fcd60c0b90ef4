//! Fixed vocabularies the case files and the rules share: the screen
//! substances and their groups.

pub mod substances;
