//! "Did you mean" suggestions for misspelled keys, names, codes and enum
//! values: the one suggestion policy, on `strsim`'s edit distance.
//!
//! The policy: words are compared case-insensitively; a candidate is a
//! plausible typo when its Levenshtein distance from the word is within
//! [`reach`] (a third of the longer word, at least one edit), and a
//! candidate that starts with the word counts as one edit. The nearest wins;
//! on a tie the earlier candidate. Words longer than [`MAX_WORD`] characters
//! are not typos of anything we name (and would be costly to compare).
//! The drug catalogue's name suggestion (`Catalogue::suggest`) follows the
//! same policy ([`reach`], [`MAX_WORD`]) but measures with rapidfuzz's
//! bit-parallel distance with a cutoff, which keeps it fast over every name.

/// No name, key or code we suggest is longer than this (in characters).
pub const MAX_WORD: usize = 64;

/// Edit distance between two strings (case-sensitive; callers lower-case).
pub fn levenshtein(a: &str, b: &str) -> usize {
    strsim::levenshtein(a, b)
}

/// How many edits a candidate of `b` characters may be from a word of `a`
/// characters and still count as a typo of it: a third of the longer, at
/// least 1.
pub fn reach(a: usize, b: usize) -> usize {
    (a.max(b) / 3).max(1)
}

/// Every candidate within reach of `word`, nearest first (ties in the
/// candidates' order), with its distance.
pub fn ranked<'a, I>(word: &str, candidates: I) -> Vec<(usize, &'a str)>
where
    I: IntoIterator<Item = &'a str>,
{
    let w = word.to_lowercase();
    let wl = w.chars().count();
    if wl > MAX_WORD {
        return Vec::new();
    }
    let mut out: Vec<(usize, &str)> = candidates
        .into_iter()
        .filter_map(|c| {
            let cl = c.to_lowercase();
            let d = if cl.starts_with(&w) && !w.is_empty() {
                1
            } else {
                levenshtein(&w, &cl)
            };
            (d <= reach(wl, cl.chars().count())).then_some((d, c))
        })
        .collect();
    out.sort_by_key(|&(d, _)| d);
    out
}

/// The nearest candidate to `word`, if it is close enough to be a plausible
/// typo.
pub fn nearest<'a, I>(word: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    ranked(word, candidates).first().map(|&(_, c)| c)
}

/// `; did you mean `x`?` or an empty string.
pub fn hint<'a, I>(word: &str, candidates: I) -> String
where
    I: IntoIterator<Item = &'a str>,
{
    hint_in(crate::i18n::Lang::En, word, candidates)
}

/// [`hint`] in `lang`: `; mente du `x`?`.
pub fn hint_in<'a, I>(lang: crate::i18n::Lang, word: &str, candidates: I) -> String
where
    I: IntoIterator<Item = &'a str>,
{
    nearest(word, candidates)
        .map(|c| crate::tr!(lang, "err-did-you-mean", name = c))
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
        assert_eq!(levenshtein("ærø", "aro"), 2);
    }

    #[test]
    fn suggests_a_close_spelling_only() {
        let meds = ["methadone", "levomethadone", "buprenorphine"];
        assert_eq!(nearest("metadon", meds), Some("methadone"));
        assert_eq!(nearest("buprenorfin", meds), Some("buprenorphine"));
        assert_eq!(nearest("aspirin", meds), None);
        assert_eq!(nearest("levo", meds), Some("levomethadone"));
        assert_eq!(nearest(&"x".repeat(100), meds), None);
    }

    #[test]
    fn ties_go_to_the_earlier_candidate() {
        assert_eq!(nearest("ab", ["ac", "ad"]), Some("ac"));
        assert_eq!(
            ranked("ab", ["ad", "abc", "ac"]),
            [(1, "ad"), (1, "abc"), (1, "ac")]
        );
    }
}
