//! Renderers: each takes the finished results and returns the text for
//! standard output. Nothing here decides anything clinical.

pub mod grid;
pub mod json;
pub mod printable;
pub mod table;
pub mod worklist;
