//! az's two list dialects: space-separated values (az core's `nargs='+'`) and one
//! comma-separated value (the AKS docs and aks-preview), in any mix.

/// Splits every value on commas and whitespace and drops empty pieces, so `["a b"]`,
/// `["a,b"]`, `["a", "b"]` and `["a,b", "c"]` give `a b`, `a b`, `a b` and `a b c`.
pub fn split_list(values: &[String]) -> Vec<String> {
    values
        .iter()
        .flat_map(|v| v.split(|c: char| c == ',' || c.is_whitespace()))
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn both_dialects_and_mixes() {
        assert_eq!(split_list(&s(&["a", "b"])), s(&["a", "b"]));
        assert_eq!(split_list(&s(&["a,b"])), s(&["a", "b"]));
        assert_eq!(split_list(&s(&["a,b", "c"])), s(&["a", "b", "c"]));
        assert_eq!(split_list(&s(&["a, b,,", " c "])), s(&["a", "b", "c"]));
        assert!(split_list(&s(&[""])).is_empty());
    }

    proptest! {
        /// Any way of joining the same items gives the same list back.
        #[test]
        fn joining_dialects_agree(items in proptest::collection::vec("[a-z0-9/=-]{1,8}", 0..6),
                                  split_at in 0usize..6) {
            let spaced = split_list(&items);
            let comma = split_list(&[items.join(",")]);
            let k = split_at.min(items.len());
            let mixed = split_list(&[items[..k].join(","), items[k..].join(" ")]);
            prop_assert_eq!(&spaced, &items);
            prop_assert_eq!(&comma, &items);
            prop_assert_eq!(&mixed, &items);
        }

        #[test]
        fn pieces_never_hold_separators(values in proptest::collection::vec(".*", 0..4)) {
            for p in split_list(&values) {
                prop_assert!(!p.is_empty());
                prop_assert!(!p.contains(',') && !p.chars().any(char::is_whitespace));
            }
        }
    }
}
