//! `key[=value]` lists: `--tags`, `--node-public-ip-tags`.

/// Tags in the order az's dict keeps them: first appearance decides the position, a later
/// duplicate overwrites the value (Python dict semantics).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tags(pub Vec<(String, String)>);

impl Tags {
    pub fn insert(&mut self, key: &str, value: &str) {
        match self.0.iter_mut().find(|(k, _)| k == key) {
            Some(entry) => entry.1 = value.to_string(),
            None => self.0.push((key.to_string(), value.to_string())),
        }
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn to_json_object(&self) -> serde_json::Value {
        serde_json::Value::Object(
            self.0
                .iter()
                .map(|(k, v)| (k.clone(), v.clone().into()))
                .collect(),
        )
    }
}

/// Splits each item on the first `=`; a bare `key` gets `""`; empty items are skipped.
pub fn parse_tags(items: &[String]) -> Tags {
    let mut tags = Tags::default();
    for item in items.iter().filter(|i| !i.is_empty()) {
        match item.split_once('=') {
            Some((k, v)) => tags.insert(k, v),
            None => tags.insert(item, ""),
        }
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_equals_splits_and_duplicates_overwrite_in_place() {
        let t = parse_tags(&["a=1".into(), "b".into(), "c=x=y".into(), "a=2".into()]);
        assert_eq!(
            t.0,
            vec![
                ("a".into(), "2".into()),
                ("b".into(), "".into()),
                ("c".into(), "x=y".into())
            ]
        );
    }
}
