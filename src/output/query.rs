//! `--query`: JMESPath over the shaped result, with az's messages, and the column order of a
//! multiselect hash (Python's jmespath builds it as an OrderedDict; the Rust crate sorts).

use std::collections::HashMap;
use std::sync::LazyLock;

use jmespath::ast::Ast;
use jmespath::functions::Function;
use jmespath::{Context, ErrorReason, Expression, JmespathError, Rcvar, Runtime, Variable};
use serde_json::Value;

use super::pyfmt::py_str;
use crate::error::{AzError, ErrorKind};

/// The line az prints after a `--query` error.
pub const QUERY_REFERENCE: &str = "To learn more about --query, please visit: 'https://learn.microsoft.com/cli/azure/query-azure-cli'";

/// The longest `--query` accepted, in characters: within it even a debug build's parser stays
/// inside the main thread's stack, whatever the expression.
pub const MAX_QUERY_CHARS: usize = 4096;

/// The deepest expression tree accepted (`[[0]]` is 3 levels, `a.b.c` is 3).
pub const MAX_QUERY_DEPTH: usize = 256;

/// The most copies of its input an expression may make: `[@, @][][@, @][]...` doubles the
/// result at each step, so a short query could otherwise ask for more values than memory holds.
pub const MAX_QUERY_FANOUT: u64 = 10_000;

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
    /// An expression longer than `MAX_QUERY_CHARS` or nested deeper than `MAX_QUERY_DEPTH` is
    /// refused first: the parser and the search recurse once per level (az's Python parser
    /// gives up with a RecursionError somewhere past 250 brackets).
    pub fn compile(text: &str) -> Result<Query, AzError> {
        let chars = text.chars().count();
        if chars > MAX_QUERY_CHARS {
            return Err(AzError::usage(format!(
                "argument --query: the expression is {chars} characters long; azr accepts at most {MAX_QUERY_CHARS}."
            ))
            .with_recommendation(QUERY_REFERENCE));
        }
        let compiled = RUNTIME.compile(text);
        if let Ok(expr) = &compiled {
            let levels = depth(expr.as_ast());
            if levels > MAX_QUERY_DEPTH {
                return Err(AzError::usage(format!(
                    "argument --query: the expression nests {levels} levels deep; azr accepts at most {MAX_QUERY_DEPTH}."
                ))
                .with_recommendation(QUERY_REFERENCE));
            }
            let copies = fanout(expr.as_ast());
            if copies > MAX_QUERY_FANOUT {
                return Err(AzError::usage(format!(
                    "argument --query: the expression can repeat the result up to {copies} times over (multiselects within multiselects); azr accepts at most {MAX_QUERY_FANOUT}."
                ))
                .with_recommendation(QUERY_REFERENCE));
            }
        }
        match compiled {
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
                ErrorReason::Runtime(r) => {
                    runtime_message(r, function_at(self.expr.as_ast(), e.offset))
                }
                // only `PythonTyped` raises this while searching: Python's message, as is
                ErrorReason::Parse(message) => message.clone(),
            };
            AzError::validation(format!(
                "Invalid jmespath query supplied for `--query`: {reason}"
            ))
            .with_recommendation(QUERY_REFERENCE)
        })?;
        // The result shares repeated parts; written out, they are copied.
        let values = expanded_size(&result, &mut HashMap::new());
        if values > MAX_RESULT_VALUES {
            return Err(AzError::validation(format!(
                "Invalid jmespath query supplied for `--query`: the result would hold more than {MAX_RESULT_VALUES} values."
            ))
            .with_recommendation(QUERY_REFERENCE));
        }
        serde_json::to_value(&*result).map_err(|e| AzError::internal(e.to_string()))
    }

    /// The keys of the multiselect hash that shapes each result row, in the query's order.
    pub fn columns(&self) -> Option<Vec<String>> {
        hash_keys(self.expr.as_ast())
    }
}

/// The argument types of Python jmespath's builtin functions (its `@signature`s; `true`: the
/// last argument repeats). Their check runs before the Rust builtin's so that a type error
/// reads as Python's, naming the offending value, which the crate's own error does not carry.
const PYTHON_SIGNATURES: &[(&str, &[&[&str]], bool)] = &[
    ("abs", &[&["number"]], false),
    ("avg", &[&["array-number"]], false),
    ("ceil", &[&["number"]], false),
    ("contains", &[&["array", "string"], &[]], false),
    ("ends_with", &[&["string"], &["string"]], false),
    ("floor", &[&["number"]], false),
    ("join", &[&["string"], &["array-string"]], false),
    ("keys", &[&["object"]], false),
    ("length", &[&["string", "array", "object"]], false),
    ("map", &[&["expref"], &["array"]], false),
    ("max", &[&["array-number", "array-string"]], false),
    ("max_by", &[&["array"], &["expref"]], false),
    ("merge", &[&["object"]], true),
    ("min", &[&["array-number", "array-string"]], false),
    ("min_by", &[&["array"], &["expref"]], false),
    ("reverse", &[&["array", "string"]], false),
    ("sort", &[&["array-string", "array-number"]], false),
    ("sort_by", &[&["array"], &["expref"]], false),
    ("starts_with", &[&["string"], &["string"]], false),
    ("sum", &[&["array-number"]], false),
    ("values", &[&["object"]], false),
];

/// The crate's builtins, which the checked functions call after their check.
static BUILTINS: LazyLock<Runtime> = LazyLock::new(|| {
    let mut runtime = Runtime::new();
    runtime.register_builtin_functions();
    runtime
});

/// The runtime `--query` compiles with: the builtins, type-checked as Python checks them.
static RUNTIME: LazyLock<Runtime> = LazyLock::new(|| {
    let mut runtime = Runtime::new();
    runtime.register_builtin_functions();
    for &(name, params, variadic) in PYTHON_SIGNATURES {
        if let Some(builtin) = BUILTINS.get_function(name) {
            let checked = PythonTyped {
                name,
                params,
                variadic,
                builtin,
            };
            runtime.register_function(name, Box::new(checked));
        }
    }
    runtime
});

struct PythonTyped {
    name: &'static str,
    params: &'static [&'static [&'static str]],
    variadic: bool,
    builtin: &'static dyn Function,
}

impl Function for PythonTyped {
    fn evaluate(&self, args: &[Rcvar], ctx: &mut Context<'_>) -> jmespath::SearchResult {
        // a wrong argument count is the builtin's error (mapped to Python's words below)
        let arity_ok = if self.variadic {
            args.len() >= self.params.len()
        } else {
            args.len() == self.params.len()
        };
        if arity_ok {
            for (arg, types) in args.iter().zip(self.params) {
                if let Some(message) = python_type_error(self.name, arg, types) {
                    return Err(JmespathError::from_ctx(ctx, ErrorReason::Parse(message)));
                }
            }
        }
        self.builtin.evaluate(args, ctx)
    }
}

/// Python jmespath's `_type_check_single`: the top-level type by jmespath name, then the
/// elements of a typed array by Python type name.
fn python_type_error(function: &str, arg: &Variable, types: &[&str]) -> Option<String> {
    if types.is_empty() {
        return None;
    }
    let error = |value: &Variable, received: &str| {
        let value = serde_json::to_value(value).unwrap_or(Value::Null);
        let expected: Vec<String> = types.iter().map(|t| format!("'{t}'")).collect();
        Some(format!(
            "In function {function}(), invalid type for value: {}, expected one of: [{}], received: \"{received}\"",
            py_str(&value),
            expected.join(", ")
        ))
    };
    let actual = arg.get_type().to_string();
    let allowed = |t: &&str| t.split('-').next() == Some(actual.as_str());
    if !types.iter().any(allowed) {
        return error(arg, &actual);
    }
    let subtypes: Vec<&str> = types
        .iter()
        .filter_map(|t| t.split_once('-'))
        .map(|(_, s)| s)
        .collect();
    let Variable::Array(items) = arg else {
        return None;
    };
    let wanted = match subtypes.as_slice() {
        [] => return None,
        [only] => *only,
        // several element types: the first element decides which one all must have
        _ => {
            let first = items.first()?;
            let first_type = first.get_type().to_string();
            if !subtypes.contains(&first_type.as_str()) {
                return error(first, python_type_name(first));
            }
            return items
                .iter()
                .find(|i| i.get_type().to_string() != first_type)
                .and_then(|i| error(i, python_type_name(i)));
        }
    };
    items
        .iter()
        .find(|i| i.get_type().to_string() != wanted)
        .and_then(|i| error(i, python_type_name(i)))
}

/// `type(value).__name__` of the value `json.loads` would give.
fn python_type_name(v: &Variable) -> &'static str {
    match v {
        Variable::Null => "NoneType",
        Variable::String(_) => "str",
        Variable::Bool(_) => "bool",
        Variable::Number(n) if n.is_f64() => "float",
        Variable::Number(_) => "int",
        Variable::Array(_) => "list",
        Variable::Object(_) => "dict",
        Variable::Expref(_) => "_Expression",
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
    if let Ast::Function {
        name, offset: o, ..
    } = ast
        && *o == offset
    {
        return Some(name);
    }
    children(ast)
        .into_iter()
        .find_map(|k| function_at(k, offset))
}

/// The sub-expressions of a node.
fn children(ast: &Ast) -> Vec<&Ast> {
    match ast {
        Ast::Function { args, .. } => args.iter().collect(),
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
    }
}

/// An upper bound on how many times over the result can hold the input: multiselects and
/// function arguments add their parts, chained expressions (`a.b`, projections, pipes)
/// multiply. Recursive, after `depth` has bounded the tree.
fn fanout(ast: &Ast) -> u64 {
    let sum = |nodes: Vec<&Ast>| {
        nodes
            .into_iter()
            .fold(0u64, |acc, n| acc.saturating_add(fanout(n)))
            .max(1)
    };
    match ast {
        Ast::Subexpr { lhs, rhs, .. } | Ast::Projection { lhs, rhs, .. } => {
            fanout(lhs).saturating_mul(fanout(rhs))
        }
        // a filter keeps or drops; only what it keeps counts
        Ast::Condition { then, .. } => fanout(then),
        Ast::Not { .. } => 1,
        _ => sum(children(ast)),
    }
}

/// The most values (every array, object, string, number...) a `--query` result may hold.
pub const MAX_RESULT_VALUES: u64 = 1_000_000;

/// How many values `v` holds once shared parts are copied out; each shared part is sized once.
fn expanded_size(v: &Rcvar, memo: &mut HashMap<*const Variable, u64>) -> u64 {
    let key = Rcvar::as_ptr(v);
    if let Some(&n) = memo.get(&key) {
        return n;
    }
    let n = match &**v {
        Variable::Array(items) => items
            .iter()
            .fold(1u64, |acc, i| acc.saturating_add(expanded_size(i, memo))),
        Variable::Object(map) => map
            .values()
            .fold(1u64, |acc, i| acc.saturating_add(expanded_size(i, memo))),
        _ => 1,
    };
    memo.insert(key, n);
    n
}

/// How deep the expression tree goes (a lone field is 1), without recursing.
fn depth(ast: &Ast) -> usize {
    let mut deepest = 0;
    let mut stack = vec![(ast, 1)];
    while let Some((node, d)) = stack.pop() {
        deepest = deepest.max(d);
        stack.extend(children(node).into_iter().map(|k| (k, d + 1)));
    }
    deepest
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

    /// Python jmespath's messages for type errors (taken from the jmespath az 2.91 installs).
    #[test]
    fn type_errors_read_as_pythons() {
        let data = json!({"name": "azr emulator", "n": 5, "xs": [1, "a"], "ys": ["a", 1], "bs": [true], "o": {"k": [1, 2.5]}, "f": [1.5, "x"]});
        for (query, python) in [
            (
                "sum(name)",
                "In function sum(), invalid type for value: azr emulator, expected one of: ['array-number'], received: \"string\"",
            ),
            (
                "sum(xs)",
                "In function sum(), invalid type for value: a, expected one of: ['array-number'], received: \"str\"",
            ),
            (
                "max(ys)",
                "In function max(), invalid type for value: 1, expected one of: ['array-number', 'array-string'], received: \"int\"",
            ),
            (
                "max(bs)",
                "In function max(), invalid type for value: True, expected one of: ['array-number', 'array-string'], received: \"bool\"",
            ),
            (
                "length(n)",
                "In function length(), invalid type for value: 5, expected one of: ['string', 'array', 'object'], received: \"number\"",
            ),
            (
                "join(',', xs)",
                "In function join(), invalid type for value: 1, expected one of: ['array-string'], received: \"int\"",
            ),
            (
                "keys(xs)",
                "In function keys(), invalid type for value: [1, 'a'], expected one of: ['object'], received: \"array\"",
            ),
            (
                "abs(name)",
                "In function abs(), invalid type for value: azr emulator, expected one of: ['number'], received: \"string\"",
            ),
            (
                "contains(n, 'a')",
                "In function contains(), invalid type for value: 5, expected one of: ['array', 'string'], received: \"number\"",
            ),
            (
                "sort_by(n, &name)",
                "In function sort_by(), invalid type for value: 5, expected one of: ['array'], received: \"number\"",
            ),
            (
                "avg(f)",
                "In function avg(), invalid type for value: x, expected one of: ['array-number'], received: \"str\"",
            ),
            (
                "sum(o)",
                "In function sum(), invalid type for value: {'k': [1, 2.5]}, expected one of: ['array-number'], received: \"object\"",
            ),
            (
                "starts_with(n, 'a')",
                "In function starts_with(), invalid type for value: 5, expected one of: ['string'], received: \"number\"",
            ),
        ] {
            let err = Query::compile(query).unwrap().search(&data).unwrap_err();
            assert_eq!(
                err.message,
                format!("Invalid jmespath query supplied for `--query`: {python}"),
                "{query}"
            );
        }
    }

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

    /// Finding 1: an expression that would overflow the stack is a usage error naming the limit.
    #[test]
    fn length_and_depth_are_bounded() {
        let long = format!("{}0{}", "[".repeat(20000), "]".repeat(20000));
        let e = Query::compile(&long).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Usage);
        assert_eq!(
            e.message,
            "argument --query: the expression is 40001 characters long; azr accepts at most 4096."
        );
        for deep in [
            format!("{}0{}", "[".repeat(300), "]".repeat(300)),
            format!("{}a", "!".repeat(300)),
            format!("a{}", ".a".repeat(300)),
        ] {
            let e = Query::compile(&deep).unwrap_err();
            assert_eq!(e.kind, ErrorKind::Usage);
            assert!(
                e.message.contains("levels deep; azr accepts at most 256."),
                "{}",
                e.message
            );
        }
        // The limits themselves are accepted, and searched.
        let at_limit = format!("{}a", "!".repeat(MAX_QUERY_DEPTH - 1));
        let q = Query::compile(&at_limit).unwrap();
        assert_eq!(q.search(&json!({"a": 1})).unwrap(), json!(false));
        let widest = format!("[{}]", vec!["a"; (MAX_QUERY_CHARS - 1) / 2].join(","));
        assert!(Query::compile(&widest).is_ok());
    }

    /// Found by fuzzing (fuzz/fuzz_targets/query.rs): chained multiselects ran out of memory.
    #[test]
    fn an_expression_that_multiplies_its_input_is_refused() {
        let doubling = format!("@{}", ".[@, @][]".repeat(14));
        let e = Query::compile(&doubling).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Usage);
        assert_eq!(
            e.message,
            "argument --query: the expression can repeat the result up to 16384 times over (multiselects within multiselects); azr accepts at most 10000."
        );
        let nested = format!("@{}", ".[@, @, @, @]".repeat(7));
        assert!(Query::compile(&nested).is_err());
        // Ordinary shapes stay far below the limit.
        for ok in [
            "[].{name: name, tags: tags, ips: [ip, prefix]}",
            "[?location=='eastus'] | sort_by(@, &name)[].[name, location]",
            &format!("@{}", ".[@, @][]".repeat(13)),
        ] {
            assert!(Query::compile(ok).is_ok(), "{ok}");
        }
    }

    /// A result that repeats shared parts is sized as written out, and refused past the limit.
    #[test]
    fn a_result_too_large_to_write_out_is_refused() {
        let big = Value::Array((0..2000).map(|i| json!({"n": i, "t": [1, 2, 3]})).collect());
        let q = Query::compile(&format!("@{}", ".[@, @, @, @]".repeat(5))).unwrap();
        let e = q.search(&big).unwrap_err();
        assert_eq!(
            e.message,
            "Invalid jmespath query supplied for `--query`: the result would hold more than 1000000 values."
        );
        let q = Query::compile("@.[@, @]").unwrap();
        assert_eq!(q.search(&big).unwrap().as_array().unwrap().len(), 2);
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
