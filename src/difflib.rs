//! Python's `difflib.get_close_matches`, which az uses to suggest a command for a misspelled
//! one: Ratcliff/Obershelp matching as `SequenceMatcher` does it (no junk, the longest match
//! earliest in the first sequence, then earliest in the second), scores `2*M/T`.

/// Up to `n` of `possibilities` whose score against `word` is at least `cutoff`, best first
/// (ties: the larger string first, as Python's `heapq.nlargest` on `(score, x)` orders them).
pub fn get_close_matches<'a>(
    word: &str,
    possibilities: &[&'a str],
    n: usize,
    cutoff: f64,
) -> Vec<&'a str> {
    let b: Vec<char> = word.chars().collect();
    let mut scored: Vec<(f64, &str)> = possibilities
        .iter()
        .filter_map(|x| {
            let a: Vec<char> = x.chars().collect();
            let total = a.len() + b.len();
            if total == 0 {
                return Some((1.0, *x));
            }
            let ratio = 2.0 * matched(&a, &b) as f64 / total as f64;
            (ratio >= cutoff).then_some((ratio, *x))
        })
        .collect();
    scored.sort_by(|l, r| r.0.total_cmp(&l.0).then_with(|| r.1.cmp(l.1)));
    scored.into_iter().take(n).map(|(_, x)| x).collect()
}

/// The characters of all matching blocks of `a` and `b`.
fn matched(a: &[char], b: &[char]) -> usize {
    let (i, j, k) = longest_match(a, b);
    if k == 0 {
        return 0;
    }
    k + matched(&a[..i], &b[..j]) + matched(&a[i + k..], &b[j + k..])
}

/// `(i, j, k)`: `a[i..i+k] == b[j..j+k]`, the longest such, earliest in `a`, then in `b`.
fn longest_match(a: &[char], b: &[char]) -> (usize, usize, usize) {
    let mut best = (0, 0, 0);
    // lengths of the matches ending at a[i-1], b[j-1]
    let mut prev = vec![0usize; b.len() + 1];
    for i in 1..=a.len() {
        let mut row = vec![0usize; b.len() + 1];
        for j in 1..=b.len() {
            if a[i - 1] == b[j - 1] {
                row[j] = prev[j - 1] + 1;
                let k = row[j];
                let (si, sj) = (i - k, j - k);
                if k > best.2 || (k == best.2 && (si, sj) < (best.0, best.1)) {
                    best = (si, sj, k);
                }
            }
        }
        prev = row;
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Values from Python 3.11's difflib.
    #[test]
    fn as_python_scores_them() {
        assert_eq!(
            get_close_matches("shw", &["show", "list", "delete", "create"], 3, 0.7),
            ["show"]
        );
        assert_eq!(
            get_close_matches("appel", &["ape", "apple", "peach", "puppy"], 3, 0.6),
            ["apple", "ape"]
        );
        assert_eq!(
            get_close_matches("nodepol", &["nodepool", "command"], 3, 0.7),
            ["nodepool"]
        );
        assert!(get_close_matches("xyzzy", &["show", "list"], 3, 0.7).is_empty());
        assert_eq!(matched(&['a', 'b', 'c', 'd'], &['b', 'c', 'a', 'd']), 3);
    }
}
