//! `larcheck chart`: the course of a case as a picture. [`model`] gathers
//! what is shown from the facts and the check of `as_of`; [`svg`] draws it
//! as self-contained SVG, [`html`] wraps that in a page, [`term`] draws
//! the last 90 days in text for a terminal.

pub mod html;
pub mod model;
pub mod svg;
pub mod term;

pub use model::{Picture, build};
