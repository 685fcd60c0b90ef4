//! A configuration text as written (toml_edit): each key's `# source`
//! comment, read as its decor, and each key's line and column, for errors.

use crate::case::lines::LineIndex;
use std::collections::BTreeMap;
use toml_edit::{Document, Item, RawString, Table, TableLike};

/// A parsed configuration text that keeps its comments and positions.
pub struct Layer<'t> {
    text: &'t str,
    doc: Document<&'t str>,
    lines: LineIndex,
}

impl<'t> Layer<'t> {
    /// Parses `text`; `None` when it is not TOML (the strict read reports
    /// that error with its position).
    pub fn parse(text: &'t str) -> Option<Layer<'t>> {
        Some(Layer {
            text,
            doc: Document::parse(text).ok()?,
            lines: LineIndex::new(text),
        })
    }

    /// The root table.
    pub fn root(&self) -> &Table {
        self.doc.as_table()
    }

    /// `line:column: ` of the key `k` in `table`, or an empty string.
    pub fn at(&self, table: Option<&dyn TableLike>, k: &str) -> String {
        table
            .and_then(|t| t.key(k))
            .and_then(toml_edit::Key::span)
            .map(|s| {
                let (l, c) = self.lines.locate(s.start);
                format!("{l}:{c}: ")
            })
            .unwrap_or_default()
    }

    /// `line:column: ` of a dotted key as the typed read names it
    /// (`mis001.methadone[1].days`), or an empty string.
    pub fn at_path(&self, dotted: &str) -> String {
        let mut table: Option<&dyn TableLike> = Some(self.root());
        let mut parts = dotted.split('.').peekable();
        while let Some(part) = parts.next() {
            let (name, index) = match part.split_once('[') {
                Some((n, i)) => (n, i.trim_end_matches(']').parse::<usize>().ok()),
                None => (part, None),
            };
            if parts.peek().is_none() && index.is_none() {
                return self.at(table, name);
            }
            let item = table.and_then(|t| t.get(name));
            table = match (item, index) {
                (Some(Item::ArrayOfTables(a)), Some(i)) => a.get(i).map(|t| t as &dyn TableLike),
                (Some(item), None) => item.as_table_like(),
                _ => None,
            };
            if table.is_none() {
                return String::new();
            }
        }
        String::new()
    }

    /// Every key's `# source` comment (the text after `#` on its line), by
    /// dotted key; arrays of tables are numbered (`mis001.methadone[1].days`).
    /// A `[table]` header's own comment is the table's.
    pub fn sources(&self) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        self.walk(self.root(), "", &mut out);
        out
    }

    fn walk(&self, t: &dyn TableLike, prefix: &str, out: &mut BTreeMap<String, String>) {
        for (k, item) in t.iter() {
            let path = join(prefix, k);
            match item {
                Item::Value(v) => {
                    if let Some(c) = self.comment(v.decor().suffix()) {
                        out.insert(path, c);
                    }
                }
                Item::Table(sub) => {
                    if !sub.is_dotted()
                        && let Some(c) = self.comment(sub.decor().suffix())
                    {
                        out.insert(path.clone(), c);
                    }
                    self.walk(sub, &path, out);
                }
                Item::ArrayOfTables(a) => {
                    for (n, sub) in a.iter().enumerate() {
                        self.walk(sub, &format!("{path}[{n}]"), out);
                    }
                }
                Item::None => {}
            }
        }
    }

    /// The comment in a decor's text (`  # NHS-BORDERS` → `NHS-BORDERS`).
    fn comment(&self, raw: Option<&RawString>) -> Option<String> {
        let raw = raw?;
        let s = match raw.as_str() {
            Some(s) => s,
            None => self.text.get(raw.span()?)?,
        };
        let c = s.trim().strip_prefix('#')?.trim();
        Some(c.to_string())
    }
}

/// `prefix.key`, or `key` at the top level.
pub fn join(prefix: &str, k: &str) -> String {
    if prefix.is_empty() {
        k.to_string()
    } else {
        format!("{prefix}.{k}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "# header\ntop = 1  # T\n[a]  # table\nx = 1  # s # more\nno = 2\nd.e = 3 # dotted\n[[b]]\ny = \"#not\" # u\n[[b]]\n  y = 4\n";

    #[test]
    fn sources_are_the_comments_after_values_and_headers() {
        let l = Layer::parse(TEXT).expect("toml");
        let got: Vec<(String, String)> = l.sources().into_iter().collect();
        let want = [
            ("a", "table"),
            ("a.d.e", "dotted"),
            ("a.x", "s # more"),
            ("b[0].y", "u"),
            ("top", "T"),
        ];
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn positions_are_the_keys_line_and_column() {
        let l = Layer::parse(TEXT).expect("toml");
        assert_eq!(l.at_path("a.x"), "4:1: ");
        assert_eq!(l.at_path("b[1].y"), "10:3: ");
        assert_eq!(l.at_path("a.d.e"), "6:3: ");
        assert_eq!(l.at_path("nothing.here"), "");
        assert_eq!(l.at(Some(l.root()), "a"), "3:2: ");
    }
}
