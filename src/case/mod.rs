//! Case files: the model, the reader and its validation.

mod entries;
pub mod lines;
pub mod locate;
pub mod model;
pub mod parse;
mod raw;
pub mod validate;
pub mod view;

pub use model::*;
pub use parse::{Read, Vocab, parse_case, parse_read, read};
