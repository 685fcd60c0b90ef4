//! "Did you mean" suggestions for misspelled keys, names and codes.

/// Edit distance between two strings (case-sensitive; callers lower-case).
pub fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// The nearest candidate to `word`, if it is close enough to be a plausible
/// typo (distance at most a third of the longer word, and at least 1 edit
/// allowed; a candidate that starts with the word also counts).
pub fn nearest<'a, I>(word: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let w = word.to_lowercase();
    if w.chars().count() > 64 {
        return None; // not a typo of any name we know, and costly to compare
    }
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        let cl = c.to_lowercase();
        let d = if cl.starts_with(&w) && !w.is_empty() {
            1
        } else {
            levenshtein(&w, &cl)
        };
        let limit = (w.chars().count().max(cl.chars().count()) / 3).max(1);
        if d <= limit && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c)
}

/// ` (did you mean `x`?)` or an empty string.
pub fn hint<'a, I>(word: &str, candidates: I) -> String
where
    I: IntoIterator<Item = &'a str>,
{
    nearest(word, candidates)
        .map(|c| format!("; did you mean `{c}`?"))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_counts_edits() {
        assert_eq!(levenshtein("kitten", "sitting"), 3);
        assert_eq!(levenshtein("", "abc"), 3);
        assert_eq!(levenshtein("same", "same"), 0);
    }

    #[test]
    fn suggests_a_close_spelling_only() {
        let meds = ["methadone", "levomethadone", "buprenorphine"];
        assert_eq!(nearest("metadon", meds), Some("methadone"));
        assert_eq!(nearest("buprenorfin", meds), Some("buprenorphine"));
        assert_eq!(nearest("aspirin", meds), None);
    }
}
