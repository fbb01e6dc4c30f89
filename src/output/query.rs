//! `--query`: JMESPath over the shaped result, with az's messages, and the column order of a
//! multiselect hash (Python's jmespath builds it as an OrderedDict; the Rust crate sorts).

use jmespath::Expression;
use jmespath::ast::Ast;
use serde_json::Value;

use crate::error::{AzError, ErrorKind};

/// The line az prints after a `--query` error.
pub const QUERY_REFERENCE: &str = "To learn more about --query, please visit: 'https://learn.microsoft.com/cli/azure/query-azure-cli'";

/// A compiled `--query`.
pub struct Query {
    expr: Expression<'static>,
}

impl std::fmt::Debug for Query {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Query({})", self.expr.as_str())
    }
}

impl Query {
    /// Compiles like knack's `jmespath_type`: a bad expression is an argparse error (exit 2),
    /// raised before anything else runs.
    pub fn compile(text: &str) -> Result<Query, AzError> {
        match jmespath::compile(text) {
            Ok(expr) if !text.trim().is_empty() => Ok(Query { expr }),
            _ => Err(AzError::new(
                ErrorKind::Usage,
                format!("argument --query: invalid jmespath_type value: '{text}'"),
            )
            .with_recommendation(QUERY_REFERENCE)),
        }
    }

    /// Runs the query; an error while evaluating is az's `InvalidArgumentValueError` (exit 1).
    pub fn search(&self, value: &Value) -> Result<Value, AzError> {
        let result = self.expr.search(value).map_err(|e| {
            let reason = match &e.reason {
                jmespath::ErrorReason::Runtime(r) => {
                    runtime_message(r, function_at(self.expr.as_ast(), e.offset))
                }
                other => other.to_string(),
            };
            AzError::validation(format!(
                "Invalid jmespath query supplied for `--query`: {reason}"
            ))
            .with_recommendation(QUERY_REFERENCE)
        })?;
        serde_json::to_value(&*result).map_err(|e| AzError::internal(e.to_string()))
    }

    /// The keys of the multiselect hash that shapes each result row, in the query's order.
    pub fn columns(&self) -> Option<Vec<String>> {
        hash_keys(self.expr.as_ast())
    }
}

/// Python jmespath's wording where it differs from the Rust crate's.
fn runtime_message(r: &jmespath::RuntimeError, function: Option<&str>) -> String {
    use jmespath::RuntimeError as R;
    let plural = |n: usize| if n == 1 { "argument" } else { "arguments" };
    match (r, function) {
        (R::UnknownFunction(name), _) => format!("Unknown function: {name}()"),
        (R::TooManyArguments { expected, actual }, Some(f)) => format!(
            "Expected {expected} {} for function {f}(), received {actual}",
            plural(*expected)
        ),
        (R::NotEnoughArguments { expected, actual }, Some(f)) => {
            let at_least = if matches!(f, "merge" | "not_null") {
                "at least "
            } else {
                ""
            };
            format!(
                "Expected {at_least}{expected} {} for function {f}(), received {actual}",
                plural(*expected)
            )
        }
        (other, _) => other.to_string(),
    }
}

/// The name of the function called at `offset` (where the crate reports a call's error).
fn function_at(ast: &Ast, offset: usize) -> Option<&str> {
    let kids: Vec<&Ast> = match ast {
        Ast::Function {
            name,
            args,
            offset: o,
        } => {
            if *o == offset {
                return Some(name);
            }
            args.iter().collect()
        }
        Ast::Comparison { lhs, rhs, .. }
        | Ast::Projection { lhs, rhs, .. }
        | Ast::And { lhs, rhs, .. }
        | Ast::Or { lhs, rhs, .. }
        | Ast::Subexpr { lhs, rhs, .. } => vec![lhs, rhs],
        Ast::Condition {
            predicate, then, ..
        } => vec![predicate, then],
        Ast::Expref { ast, .. } => vec![ast],
        Ast::Flatten { node, .. } | Ast::Not { node, .. } | Ast::ObjectValues { node, .. } => {
            vec![node]
        }
        Ast::MultiList { elements, .. } => elements.iter().collect(),
        Ast::MultiHash { elements, .. } => elements.iter().map(|kv| &kv.value).collect(),
        _ => vec![],
    };
    kids.into_iter().find_map(|k| function_at(k, offset))
}

/// The key order of the multiselect hash a query ends in (through projections, filters, pipes
/// and sub-expressions).
pub fn hash_keys(ast: &Ast) -> Option<Vec<String>> {
    match ast {
        Ast::MultiHash { elements, .. } => Some(elements.iter().map(|kv| kv.key.clone()).collect()),
        Ast::Projection { rhs, .. } => hash_keys(rhs),
        // `x | [0]`, `x[0]`: the rows are still the hashes `x` builds
        Ast::Subexpr { lhs, rhs, .. } => hash_keys(rhs).or_else(|| match **rhs {
            Ast::Index { .. } | Ast::Identity { .. } | Ast::Slice { .. } => hash_keys(lhs),
            _ => None,
        }),
        Ast::Flatten { node, .. } => hash_keys(node),
        Ast::Condition { then, .. } => hash_keys(then),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn bad_query_is_a_usage_error_with_azs_words() {
        let e = Query::compile("bad[").unwrap_err();
        assert_eq!(
            e.message,
            "argument --query: invalid jmespath_type value: 'bad['"
        );
        assert_eq!(e.exit_code(), 2);
        assert_eq!(e.recommendations, vec![QUERY_REFERENCE.to_string()]);
        assert!(Query::compile("").is_err());
    }

    #[test]
    fn runtime_error_is_exit_1() {
        let q = Query::compile("abs(name)").unwrap();
        let e = q.search(&json!({"name": "x"})).unwrap_err();
        assert!(
            e.message
                .starts_with("Invalid jmespath query supplied for `--query`: ")
        );
        assert_eq!(e.exit_code(), 1);
    }

    #[test]
    fn runtime_errors_in_python_jmespath_words() {
        let msg = |q: &str| {
            Query::compile(q)
                .unwrap()
                .search(&json!({"a": [1]}))
                .unwrap_err()
                .message
        };
        let p = "Invalid jmespath query supplied for `--query`: ";
        assert_eq!(msg("foo(@)"), format!("{p}Unknown function: foo()"));
        assert_eq!(
            msg("a[0] | length(@, @)"),
            format!("{p}Expected 1 argument for function length(), received 2")
        );
        assert_eq!(
            msg("{x: contains(a)}"),
            format!("{p}Expected 2 arguments for function contains(), received 1")
        );
    }

    #[test]
    fn columns_follow_the_query() {
        let q = Query::compile("[?a=='x'].{zeta: a, alpha: b} | [0]").unwrap();
        assert_eq!(q.columns(), Some(vec!["zeta".into(), "alpha".into()]));
        let q = Query::compile("[].{z: a, b: b}").unwrap();
        assert_eq!(q.columns(), Some(vec!["z".into(), "b".into()]));
        assert_eq!(Query::compile("[0]").unwrap().columns(), None);
    }
}
