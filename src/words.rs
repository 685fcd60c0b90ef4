//! Counts in the words of a LAR team: the noun agrees with the number
//! ("1 day", "2 days"; "1 take-home dose", "3 take-home doses").

/// `n` with the singular or plural noun: `count(1, "screen", "screens")`
/// is "1 screen", `count(0, ...)` is "0 screens".
pub fn count(n: i64, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// "1 day", "2 days".
pub fn days(n: i64) -> String {
    count(n, "day", "days")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_noun_agrees_with_the_number() {
        assert_eq!(days(1), "1 day");
        assert_eq!(days(0), "0 days");
        assert_eq!(days(2), "2 days");
        assert_eq!(
            count(1, "take-home dose", "take-home doses"),
            "1 take-home dose"
        );
        assert_eq!(count(3, "screen", "screens"), "3 screens");
    }
}
