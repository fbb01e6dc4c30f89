//! AAZ's shorthand syntax, the value grammar of az's AAZ list/object flags
//! (`--endpoints "[{service:Microsoft.Storage,locations:[eastus]}]"`): dicts, lists, bare or
//! single-quoted strings (`'/` is a quote inside quotes), `null`, JSON scalars in bare words;
//! a value that is not shorthand is tried as JSON. Errors read as az's
//! `AAZInvalidShorthandSyntaxError` and Python's reprs, since az prints them.

use serde_json::Value;

use super::generic_update::value::py_repr_str as py_str;

/// A decoded value, as AAZ holds it before the schema formats it.
#[derive(Debug, Clone, PartialEq)]
pub enum Sh {
    Null,
    /// A dict key without a value (`{a,b:1}`): the field's blank value.
    Blank,
    Str(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    List(Vec<Sh>),
    Dict(Vec<(String, Sh)>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    data: String,
    at: usize,
    range: usize,
    msg: String,
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown: String = self.data.chars().take(self.at + self.range).collect();
        write!(
            f,
            "Shorthand Syntax Error: {}:\n\t{shown}\n\t{}{}",
            self.msg,
            " ".repeat(self.at),
            "^".repeat(self.range)
        )
    }
}

fn err(data: &[char], at: usize, range: usize, msg: impl Into<String>) -> SyntaxError {
    SyntaxError {
        data: data.iter().collect(),
        at,
        range,
        msg: msg.into(),
    }
}

/// A compound value: shorthand, else JSON; the shorthand error when neither parses.
pub fn parse_compound(text: &str) -> Result<Sh, SyntaxError> {
    match parse(text) {
        Ok(v) => Ok(v),
        Err(e) => serde_json::from_str::<Value>(text)
            .map(|v| from_json(&v))
            .map_err(|_| e),
    }
}

/// The full-value shorthand parser (`AAZShortHandSyntaxParser.__call__`, not simple).
pub fn parse(text: &str) -> Result<Sh, SyntaxError> {
    let data: Vec<char> = text.chars().collect();
    if data.is_empty() {
        return Err(err(&data, 0, 1, "Cannot parse empty"));
    }
    let (v, len) = value(&data, 0)?;
    if len != data.len() {
        return Err(err(&data, len, data.len() - len, "Redundant tail"));
    }
    Ok(v)
}

/// Positions are absolute: az re-bases each nested error onto the enclosing text, which at the
/// top is the whole value.
fn value(d: &[char], i: usize) -> Result<(Sh, usize), SyntaxError> {
    match d.get(i) {
        Some('{') => dict(d, i),
        Some('[') => list(d, i),
        _ => string(d, i, true),
    }
}

fn dict(d: &[char], start: usize) -> Result<(Sh, usize), SyntaxError> {
    let mut out: Vec<(String, Sh)> = Vec::new();
    let mut i = start + 1;
    if d.get(i) == Some(&'}') {
        return Ok((Sh::Dict(out), i + 1));
    }
    while i < d.len() {
        let (key, end) = string(d, i, false)?;
        let Sh::Str(key) = key else {
            // `null` as a key: az keeps None, and the schema refuses it later
            return Err(err(d, i, end - i, "Cannot parse empty"));
        };
        if key.contains('"') {
            let m = format!("Dict key should not contain double quotes '{key}'");
            return Err(err(d, i, end - i, m));
        }
        if key.contains('\'') {
            let m = format!("Dict key should not contain single quotes '{key}'");
            return Err(err(d, i, end - i, m));
        }
        if out.iter().any(|(k, _)| *k == key) {
            let m = format!("Duplicate defined dict key '{key}'");
            return Err(err(d, i, end - i, m));
        }
        i = end;
        let v = match d.get(i) {
            Some(':') => {
                i += 1;
                if i >= d.len() {
                    return Err(err(d, i, 1, "Cannot parse empty"));
                }
                let (v, end) = value(d, i)?;
                i = end;
                v
            }
            Some(',' | '}') => Sh::Blank,
            _ => return Err(err(d, i, 1, "Expect characters ':' or ','")),
        };
        out.push((key, v));
        match d.get(i) {
            Some(',') => {
                i += 1;
                if d.get(i) == Some(&'}') {
                    break;
                }
            }
            Some('}') => break,
            _ => return Err(err(d, i, 1, "Expect character ',' or '}'")),
        }
    }
    if d.get(i) != Some(&'}') {
        return Err(err(d, i, 1, "Expect character '}'"));
    }
    Ok((Sh::Dict(out), i + 1))
}

fn list(d: &[char], start: usize) -> Result<(Sh, usize), SyntaxError> {
    let mut out = Vec::new();
    let mut i = start + 1;
    if d.get(i) == Some(&']') {
        return Ok((Sh::List(out), i + 1));
    }
    while i < d.len() {
        let (v, end) = value(d, i)?;
        out.push(v);
        i = end;
        match d.get(i) {
            Some(',') => {
                i += 1;
                if d.get(i) == Some(&']') {
                    break;
                }
            }
            Some(']') => break,
            _ => return Err(err(d, i, 1, "Expect character ',' or ']'")),
        }
    }
    if d.get(i) != Some(&']') {
        return Err(err(d, i, 1, "Expect character ']'"));
    }
    Ok((Sh::List(out), i + 1))
}

fn string(d: &[char], start: usize, convert: bool) -> Result<(Sh, usize), SyntaxError> {
    if d.get(start) == Some(&'\'') {
        return quoted(d, start);
    }
    let mut i = start;
    while i < d.len() {
        let c = d[i];
        if matches!(c, ',' | ':' | ']' | '}') {
            break;
        }
        if c.is_whitespace() {
            return Err(err(
                d,
                i,
                1,
                "Please wrap whitespace character in single quotes",
            ));
        }
        if c == '"' || c == '\'' {
            let m = format!("Please wrap {c} character in single quotes");
            return Err(err(d, i, 1, m));
        }
        i += 1;
    }
    if i == start {
        return Err(err(d, i, 1, "Cannot parse empty"));
    }
    let word: String = d[start..i].iter().collect();
    if word == "null" {
        return Ok((Sh::Null, i));
    }
    if let Some(v) = convert.then(|| json_scalar(&word)).flatten() {
        return Ok((v, i));
    }
    Ok((Sh::Str(word), i))
}

/// What `json.loads` makes of a bare word, when it is a str, int, float or bool.
fn json_scalar(word: &str) -> Option<Sh> {
    match serde_json::from_str::<Value>(word).ok()? {
        Value::Bool(b) => Some(Sh::Bool(b)),
        Value::Number(n) => n
            .as_i64()
            .map(Sh::Int)
            .or_else(|| n.as_f64().map(Sh::Float)),
        Value::String(s) => Some(Sh::Str(s)),
        _ => None,
    }
}

fn quoted(d: &[char], start: usize) -> Result<(Sh, usize), SyntaxError> {
    let mut out = String::new();
    let mut i = start + 1;
    while i < d.len() {
        if d[i] == '\'' {
            if d.get(i + 1) == Some(&'/') {
                out.push('\'');
                i += 2;
                continue;
            }
            return Ok((Sh::Str(out), i + 1));
        }
        out.push(d[i]);
        i += 1;
    }
    Err(err(d, i, 1, "Miss end quota character: '"))
}

pub fn from_json(v: &Value) -> Sh {
    match v {
        Value::Null => Sh::Null,
        Value::Bool(b) => Sh::Bool(*b),
        Value::Number(n) => n
            .as_i64()
            .map(Sh::Int)
            .unwrap_or_else(|| Sh::Float(n.as_f64().unwrap_or_default())),
        Value::String(s) => Sh::Str(s.clone()),
        Value::Array(a) => Sh::List(a.iter().map(from_json).collect()),
        Value::Object(m) => Sh::Dict(m.iter().map(|(k, v)| (k.clone(), from_json(v))).collect()),
    }
}

impl Sh {
    /// Python's `repr` of the value as az holds it (dicts are `OrderedDict`s).
    pub fn py_repr(&self) -> String {
        match self {
            Sh::Null => "None".into(),
            Sh::Blank => "<class 'azure.cli.core.aaz._base.AAZBlankArgValue'>".into(),
            Sh::Str(s) => py_str(s),
            Sh::Int(n) => n.to_string(),
            Sh::Float(f) => {
                if f.fract() == 0.0 && f.is_finite() {
                    format!("{f:.1}")
                } else {
                    f.to_string()
                }
            }
            Sh::Bool(true) => "True".into(),
            Sh::Bool(false) => "False".into(),
            Sh::List(l) => {
                let items: Vec<String> = l.iter().map(Sh::py_repr).collect();
                format!("[{}]", items.join(", "))
            }
            Sh::Dict(m) if m.is_empty() => "OrderedDict()".into(),
            Sh::Dict(m) => {
                let items: Vec<String> = m
                    .iter()
                    .map(|(k, v)| format!("({}, {})", py_str(k), v.py_repr()))
                    .collect();
                format!("OrderedDict([{}])", items.join(", "))
            }
        }
    }

    /// Python's `type(...)` of the value, as az prints it.
    pub fn py_type(&self) -> &'static str {
        match self {
            Sh::Null => "<class 'NoneType'>",
            Sh::Blank => "<class 'type'>",
            Sh::Str(_) => "<class 'str'>",
            Sh::Int(_) => "<class 'int'>",
            Sh::Float(_) => "<class 'float'>",
            Sh::Bool(_) => "<class 'bool'>",
            Sh::List(_) => "<class 'list'>",
            Sh::Dict(_) => "<class 'collections.OrderedDict'>",
        }
    }

    /// A dict's fields as AAZ's object argument takes them (`Ok(None)`: `null` where the field
    /// is nullable), or AAZ's message.
    pub fn as_dict(&self, nullable: bool) -> Result<Option<&[(String, Sh)]>, String> {
        match self {
            Sh::Dict(fields) => Ok(Some(fields)),
            other => other.not_a("dict", nullable),
        }
    }

    /// A list's items as AAZ's list argument takes them (`Ok(None)`: a nullable `null`), or
    /// AAZ's message.
    pub fn as_list(&self, nullable: bool) -> Result<Option<&[Sh]>, String> {
        match self {
            Sh::List(items) => Ok(Some(items)),
            other => other.not_a("list", nullable),
        }
    }

    /// AAZ's answer to a value that is not of the `kind` expected.
    fn not_a<T>(&self, kind: &str, nullable: bool) -> Result<Option<T>, String> {
        match self {
            Sh::Blank => Err("argument value cannot be blank".into()),
            Sh::Null if nullable => Ok(None),
            Sh::Null => Err("field is not nullable".into()),
            other => Err(format!(
                "{kind} type value expected, got {}",
                other.described()
            )),
        }
    }

    /// `'<str>'(<type>)`, how AAZ names a value of the wrong type (Python's `str`: a string
    /// bare, anything else as its repr).
    pub fn described(&self) -> String {
        let shown = match self {
            Sh::Str(s) => s.clone(),
            other => other.py_repr(),
        };
        format!("'{shown}'({})", self.py_type())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Sh {
        Sh::Str(v.into())
    }

    #[test]
    fn values_as_az_reads_them() {
        assert_eq!(
            parse("[{service:Microsoft.Storage,locations:[eastus,'west us']}]").unwrap(),
            Sh::List(vec![Sh::Dict(vec![
                ("service".into(), s("Microsoft.Storage")),
                (
                    "locations".into(),
                    Sh::List(vec![s("eastus"), s("west us")])
                ),
            ])])
        );
        assert_eq!(
            parse("{a,b:null,c:1,d:true,e:'it'/s'}").unwrap(),
            Sh::Dict(vec![
                ("a".into(), Sh::Blank),
                ("b".into(), Sh::Null),
                ("c".into(), Sh::Int(1)),
                ("d".into(), Sh::Bool(true)),
                ("e".into(), s("it's")),
            ])
        );
        assert_eq!(parse("[a,]").unwrap(), Sh::List(vec![s("a")]));
        assert_eq!(
            parse_compound("[{\"service\": \"x\"}]").unwrap(),
            Sh::List(vec![Sh::Dict(vec![("service".into(), s("x"))])])
        );
    }

    #[test]
    fn errors_as_az_prints_them() {
        let e = |t: &str| parse_compound(t).unwrap_err().to_string();
        assert_eq!(
            e("[{service:a b}]"),
            "Shorthand Syntax Error: Please wrap whitespace character in single quotes:\n\t[{service:a \n\t           ^"
        );
        assert_eq!(
            e("[{service:x"),
            "Shorthand Syntax Error: Expect character ',' or '}':\n\t[{service:x\n\t           ^"
        );
        assert_eq!(
            e("[{service:'a b'}]x"),
            "Shorthand Syntax Error: Redundant tail:\n\t[{service:'a b'}]x\n\t                 ^"
        );
        assert_eq!(
            e("{a:1,a:2}"),
            "Shorthand Syntax Error: Duplicate defined dict key 'a':\n\t{a:1,a\n\t     ^"
        );
    }

    #[test]
    fn python_reprs() {
        let v = parse("{service:x,n:[1,'a'/b']}").unwrap();
        assert_eq!(
            v.described(),
            "'OrderedDict([('service', 'x'), ('n', [1, \"a'b\"])])'(<class 'collections.OrderedDict'>)"
        );
    }
}
