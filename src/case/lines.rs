//! Byte offsets to 1-based lines and columns. A module of its own, with no
//! dependency inside the crate, so that `build.rs` can compile it with
//! `src/config/layer.rs` and read the embedded configuration's source
//! comments at build time (issue 16).

/// Byte offset → 1-based line and column.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        // memchr's vectorised search: a ten-year daily history is 160 KB
        // of short lines, and a byte-by-byte loop was 2 % of its check.
        let mut starts = Vec::with_capacity(text.len() / 16 + 1);
        starts.push(0);
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { starts }
    }

    /// Line and column (both 1-based; the column counts bytes).
    pub fn locate(&self, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        (line, offset - self.starts[line - 1] + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_index_is_one_based() {
        let ix = LineIndex::new("a\nbc\n\nd");
        assert_eq!(ix.locate(0), (1, 1));
        assert_eq!(ix.locate(3), (2, 2));
        assert_eq!(ix.locate(5), (3, 1));
        assert_eq!(ix.locate(6), (4, 1));
        // Past the last newline, and a text that ends in one.
        assert_eq!(ix.locate(7), (4, 2));
        assert_eq!(LineIndex::new("a\n").locate(2), (2, 1));
        assert_eq!(LineIndex::new("").locate(0), (1, 1));
    }
}
