//! az's generic update arguments on AAZ update commands: `--set path=value`, `--add list
//! key=value|json`, `--remove path [index]`, `--force-string`, applied in the order given to the
//! resource az read, walked with the resource's schema as `AAZGenericInstanceUpdateOperation`
//! walks it (camelCase or snake_case keys, `properties` flattened, `[index]` and `[key=value]`
//! selectors, values checked against their field's type), with its messages.

mod schema;
pub(in crate::spec) mod value;

use serde_json::{Map, Value};

use self::schema::{Kind, Schemas};
use self::value::{coerce, parse_literal, py_str};
use crate::error::{AzError, Result};

const SET_USAGE: &str = "`--set property1.property2=<value>`";
const ADD_USAGE: &str = "`--add property.listProperty <key=value, string or JSON string>`";
const REMOVE_USAGE: &str =
    "`--remove property.list <indexToRemove>` OR `--remove propertyToRemove`";

/// One `--set`, `--add` or `--remove` occurrence with its values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Set(Vec<String>),
    Add(Vec<String>),
    Remove(Vec<String>),
}

/// The generic update arguments of one command line, in the order they were given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GenericUpdate {
    pub actions: Vec<Action>,
    pub force_string: bool,
}

/// Why an action failed: a message of its own, or Python's `ValueError` that az turns into
/// "invalid syntax" with the action's usage.
enum Failure {
    Message(String),
    Syntax,
}

type Step<T> = std::result::Result<T, Failure>;

#[derive(Debug, Clone, PartialEq)]
enum Seg {
    Key(String),
    Index(usize),
}

/// A place in the instance: the wire path from the root and the schema type found there.
#[derive(Debug, Clone)]
struct Loc {
    segs: Vec<Seg>,
    ty: usize,
}

impl GenericUpdate {
    pub fn is_empty(&self) -> bool {
        self.actions.is_empty()
    }

    /// Applies the actions to `instance` (the resource as read, wire JSON) for `command`, then
    /// leaves out the read-only fields az does not send.
    pub fn apply(&self, command: &str, instance: &mut Value) -> Result<()> {
        let schemas = Schemas::get();
        let Some(root) = schemas.root(command) else {
            return Err(AzError::internal(format!(
                "no update schema for '{command}'"
            )));
        };
        for action in &self.actions {
            let (outcome, usage) = match action {
                Action::Set(exprs) => (
                    exprs
                        .iter()
                        .try_for_each(|e| set(instance, root, e, self.force_string)),
                    SET_USAGE,
                ),
                Action::Add(values) => (add(instance, root, values, self.force_string), ADD_USAGE),
                Action::Remove(values) => (remove(instance, root, values), REMOVE_USAGE),
            };
            match outcome {
                Ok(()) => {}
                Err(Failure::Message(m)) => return Err(AzError::validation(m)),
                Err(Failure::Syntax) => {
                    return Err(AzError::validation(format!("invalid syntax: {usage}")));
                }
            }
        }
        strip_read_only(root, instance);
        Ok(())
    }
}

/// `commands.arm._get_internal_path`: `a.b[0].c` → `a`, `b`, `[0]`, `c`.
fn internal_path(path: &str) -> Vec<String> {
    let path = path.replace(".[", "[").replace('[', ".[");
    let mut out = Vec::new();
    let chars: Vec<char> = path.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '[' {
            // `(\[.*?\])`: up to the first `]`, or a plain segment when there is none
            if let Some(end) = chars[i..].iter().position(|c| *c == ']') {
                out.push(chars[i..=i + end].iter().collect());
                i += end + 1;
                continue;
            }
        }
        if chars[i] == '.' {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i] != '.' {
            i += 1;
        }
        out.push(chars[start..i].iter().collect());
    }
    out
}

/// `index_or_filter_regex.match`: the inside of a leading `[...]`.
fn bracketed(part: &str) -> Option<&str> {
    let rest = part.strip_prefix('[')?;
    let end = rest.rfind(']')?;
    Some(&rest[..end])
}

/// `_split_key_value_pair`: the first `=` outside brackets.
fn split_key_value(expression: &str) -> (String, String) {
    let mut key = String::new();
    let mut brackets = false;
    for (i, c) in expression.char_indices() {
        if c == '=' && !brackets {
            return (key, expression[i + 1..].to_string());
        }
        if c == '[' {
            brackets = true;
        } else if c == ']' && brackets {
            brackets = false;
        }
        key.push(c);
    }
    (key, String::new())
}

fn get<'a>(root: &'a Value, segs: &[Seg]) -> Option<&'a Value> {
    segs.iter().try_fold(root, |v, s| match s {
        Seg::Key(k) => v.get(k),
        Seg::Index(i) => v.get(*i),
    })
}

/// The value at `segs`, creating the objects on the way (AAZ's value patches, made real when
/// written).
fn get_mut<'a>(root: &'a mut Value, segs: &[Seg]) -> &'a mut Value {
    let mut v = root;
    for s in segs {
        v = match s {
            Seg::Key(k) => {
                if !v.is_object() {
                    *v = Value::Object(Map::new());
                }
                v.as_object_mut()
                    .expect("made an object")
                    .entry(k.clone())
                    .or_insert(Value::Null)
            }
            Seg::Index(i) => &mut v[*i],
        };
    }
    v
}

fn list_len(root: &Value, loc: &Loc) -> usize {
    get(root, &loc.segs)
        .and_then(Value::as_array)
        .map_or(0, Vec::len)
}

/// `_get_property_parent`: the wire path (through flattened objects) to the object holding
/// `name`, and that field.
fn property_parent(ty: usize, name: &str) -> Option<(Vec<Seg>, &'static schema::Field)> {
    let t = Schemas::get().ty(ty);
    if t.kind != Kind::Object {
        return None;
    }
    if let Some(f) = t.field(name)
        && !f.flatten
    {
        return Some((Vec::new(), f));
    }
    t.fields.iter().filter(|f| f.flatten).find_map(|f| {
        property_parent(f.ty, name).map(|(mut segs, field)| {
            segs.insert(0, Seg::Key(f.wire.clone()));
            (segs, field)
        })
    })
}

/// `_throw_and_show_options`: what could have been named at `loc`.
fn options_error(root: &Value, loc: &Loc, part: &str, path: &[String]) -> Failure {
    let parent = path[..path.len().saturating_sub(1)]
        .join(".")
        .replace(".[", "[");
    let base = format!("Couldn't find '{part}' in '{parent}'.");
    let t = Schemas::get().ty(loc.ty);
    let list = |names: Vec<String>| {
        let quoted: Vec<String> = names.iter().map(|n| value::py_repr_str(n)).collect();
        format!("[{}]", quoted.join(", "))
    };
    Failure::Message(match t.kind {
        Kind::Object => {
            let mut names = Vec::new();
            for f in &t.fields {
                if f.flatten {
                    let inner = Schemas::get().ty(f.ty);
                    names.extend(inner.fields.iter().map(|g| g.name.clone()));
                } else {
                    names.push(f.name.clone());
                }
            }
            names.sort();
            format!("{base} Available options: {}", list(names))
        }
        Kind::Dict => {
            let mut keys: Vec<String> = get(root, &loc.segs)
                .and_then(Value::as_object)
                .map(|m| m.keys().cloned().collect())
                .unwrap_or_default();
            keys.sort();
            format!("{base} Available options: {}", list(keys))
        }
        Kind::List => format!(
            "{base} Available options: index into the collection '{parent}' with [<index>] or [<key=value>]"
        ),
        _ => format!("{base} '{parent}' does not support further indexing."),
    })
}

/// `path[-n]` as Python indexes it (empty when the path is too short).
fn from_end(path: &[String], n: usize) -> &str {
    path.len().checked_sub(n).map_or("", |i| path[i].as_str())
}

/// A list index as Python's `int()` reads it.
fn py_int(text: &str) -> Step<i64> {
    text.trim().parse().map_err(|_| Failure::Syntax)
}

/// `_find_property`: walks `path` from the root.
fn find(root: &Value, root_ty: usize, path: &[String]) -> Step<Loc> {
    let schemas = Schemas::get();
    let mut loc = Loc {
        segs: Vec::new(),
        ty: root_ty,
    };
    for part in path {
        let t = schemas.ty(loc.ty);
        let index = bracketed(part);
        if index.is_some() && t.kind != Kind::List {
            return Err(options_error(root, &loc, part, path));
        }
        match index {
            Some(filter) if filter.contains('=') => {
                let (key, raw) = filter.split_once('=').expect("has '='");
                let wanted = parse_literal(raw).unwrap_or_else(|| Value::String(raw.into()));
                let element = t.element.expect("a list has an element type");
                let mut matches = Vec::new();
                for i in 0..list_len(root, &loc) {
                    let mut segs = loc.segs.clone();
                    segs.push(Seg::Index(i));
                    let found = match schemas.ty(element).kind {
                        Kind::Object => property_parent(element, key).and_then(|(p, f)| {
                            let mut at = segs.clone();
                            at.extend(p);
                            at.push(Seg::Key(f.wire.clone()));
                            get(root, &at).cloned()
                        }),
                        Kind::Dict => get(root, &segs).and_then(|v| v.get(key)).cloned(),
                        _ => None,
                    };
                    if found.as_ref() == Some(&wanted) {
                        matches.push(i);
                    }
                }
                let on = from_end(path, 2);
                match matches.as_slice() {
                    [i] => loc.segs.push(Seg::Index(*i)),
                    [] => {
                        return Err(Failure::Message(format!(
                            "item with value '{}' doesn't exist for key '{key}' on {on}",
                            py_str(&wanted)
                        )));
                    }
                    _ => {
                        return Err(Failure::Message(format!(
                            "non-unique key '{key}' found multiple matches on {on}. Key must be unique."
                        )));
                    }
                }
                loc.ty = element;
            }
            Some(text) => {
                let i = py_int(text)?;
                let len = list_len(root, &loc) as i64;
                let at = if i < 0 { i + len } else { i };
                if i >= len || at < 0 {
                    return Err(Failure::Message(format!(
                        "index {i} doesn't exist on {}",
                        from_end(path, 2)
                    )));
                }
                loc.segs.push(Seg::Index(at as usize));
                loc.ty = t.element.expect("a list has an element type");
            }
            None => match t.kind {
                Kind::Object => {
                    let Some((prefix, field)) = property_parent(loc.ty, part) else {
                        return Err(options_error(root, &loc, part, path));
                    };
                    loc.segs.extend(prefix);
                    loc.segs.push(Seg::Key(field.wire.clone()));
                    loc.ty = field.ty;
                }
                Kind::Dict if t.element.is_some() => {
                    loc.segs.push(Seg::Key(part.clone()));
                    loc.ty = t.element.expect("checked");
                }
                _ => return Err(options_error(root, &loc, part, path)),
            },
        }
    }
    Ok(loc)
}

/// Writes `value` (already fitted to its type) at `segs`, or removes the key when `None`.
fn write(root: &mut Value, segs: &[Seg], value: Option<Value>) {
    match value {
        Some(v) => *get_mut(root, segs) = v,
        None => {
            let Some((Seg::Key(last), parent)) = segs.split_last() else {
                return;
            };
            let present = get(root, parent).is_some_and(|p| p.get(last).is_some());
            if present && let Value::Object(m) = get_mut(root, parent) {
                m.remove(last);
            }
        }
    }
}

fn fit(ty: usize, v: &Value) -> Step<Option<Value>> {
    coerce(ty, v).map_err(Failure::Message)
}

fn set(root: &mut Value, root_ty: usize, expression: &str, force_string: bool) -> Step<()> {
    let (key, raw) = split_key_value(expression);
    if key.trim().is_empty() {
        return Err(Failure::Message(
            "Empty key in --set. Correct syntax: --set KEY=VALUE [KEY=VALUE ...]".into(),
        ));
    }
    let value = if force_string {
        Value::String(raw)
    } else {
        parse_literal(&raw).unwrap_or(Value::String(raw))
    };
    let mut path = internal_path(&key);
    let name = path.pop().unwrap_or_default();
    let parent = find(root, root_ty, &path)?;
    let key_path: Vec<String> = key.split('.').map(str::to_string).collect();
    let t = Schemas::get().ty(parent.ty);
    if let Some(index) = bracketed(&name) {
        let i = py_int(index)?;
        if t.kind != Kind::List {
            return Err(options_error(root, &parent, &name, &key_path));
        }
        let len = list_len(root, &parent) as i64;
        let at = if i < 0 { i + len } else { i };
        if i >= len || at < 0 {
            return Err(Failure::Message(format!(
                "index {i} doesn't exist on {}",
                from_end(&path, 1)
            )));
        }
        let fitted = fit(t.element.expect("a list has an element type"), &value)?;
        let mut segs = parent.segs;
        segs.push(Seg::Index(at as usize));
        *get_mut(root, &segs) = fitted.unwrap_or(Value::Null);
        return Ok(());
    }
    match t.kind {
        Kind::Object => {
            let Some((prefix, field)) = property_parent(parent.ty, &name) else {
                return Err(options_error(root, &parent, &name, &key_path));
            };
            let fitted = fit(field.ty, &value)?;
            let mut segs = parent.segs;
            segs.extend(prefix);
            segs.push(Seg::Key(field.wire.clone()));
            write(root, &segs, fitted);
        }
        Kind::Dict if t.element.is_some() => {
            let fitted = fit(t.element.expect("checked"), &value)?;
            let mut segs = parent.segs;
            segs.push(Seg::Key(name));
            write(root, &segs, fitted);
        }
        _ => return Err(options_error(root, &parent, &name, &key_path)),
    }
    Ok(())
}

fn add(root: &mut Value, root_ty: usize, values: &[String], force_string: bool) -> Step<()> {
    let Some((first, rest)) = values.split_first() else {
        return Err(Failure::Syntax);
    };
    let list = find(root, root_ty, &internal_path(first))?;
    let t = Schemas::get().ty(list.ty);
    if t.kind != Kind::List {
        return Err(Failure::Syntax);
    }
    let element = t.element.expect("a list has an element type");
    let mut items = Vec::new();
    let mut entry = Map::new();
    for argument in rest {
        if let Some((k, v)) = argument.split_once('=') {
            entry.insert(k.to_string(), Value::String(v.to_string()));
            continue;
        }
        if !entry.is_empty() {
            items.push(Value::Object(std::mem::take(&mut entry)));
        }
        items.push(if force_string {
            Value::String(argument.clone())
        } else {
            parse_literal(argument).unwrap_or_else(|| Value::String(argument.clone()))
        });
    }
    if !entry.is_empty() {
        items.push(Value::Object(entry));
    }
    for item in items {
        let fitted = fit(element, &item)?.unwrap_or(Value::Null);
        let target = get_mut(root, &list.segs);
        if !target.is_array() {
            *target = Value::Array(Vec::new());
        }
        target.as_array_mut().expect("made a list").push(fitted);
    }
    Ok(())
}

fn remove(root: &mut Value, root_ty: usize, values: &[String]) -> Step<()> {
    let Some((first, rest)) = values.split_first() else {
        return Err(Failure::Syntax);
    };
    let path = internal_path(first);
    let index = rest.first().filter(|i| !i.is_empty());
    let Some(index) = index else {
        let property = find(root, root_ty, &path)?;
        let parent = find(root, root_ty, &path[..path.len().saturating_sub(1)])?;
        let kind = Schemas::get().ty(parent.ty).kind;
        if !matches!(kind, Kind::Object | Kind::Dict) {
            return Err(Failure::Syntax);
        }
        let is_list = Schemas::get().ty(property.ty).kind == Kind::List;
        if is_list {
            if get(root, &property.segs).is_some() {
                *get_mut(root, &property.segs) = Value::Array(Vec::new());
            }
        } else {
            write(root, &property.segs, None);
        }
        return Ok(());
    };
    let list = find(root, root_ty, &path)?;
    let missing = || {
        Failure::Message(format!(
            "index {index} doesn't exist on {}",
            from_end(&path, 1)
        ))
    };
    if Schemas::get().ty(list.ty).kind != Kind::List {
        return Err(missing());
    }
    let i = py_int(index)?;
    let len = list_len(root, &list) as i64;
    let at = if i < 0 { i + len } else { i };
    if at < 0 || at >= len {
        return Err(missing());
    }
    if let Some(items) = get_mut(root, &list.segs).as_array_mut() {
        items.remove(at as usize);
    }
    Ok(())
}

/// Leaves out what az's `serialize_content` leaves out of the PUT: read-only fields.
fn strip_read_only(ty: usize, value: &mut Value) {
    let t = Schemas::get().ty(ty);
    match (t.kind, value) {
        (Kind::Object, Value::Object(m)) => {
            for f in &t.fields {
                if f.read_only {
                    m.remove(&f.wire);
                } else if let Some(v) = m.get_mut(&f.wire) {
                    strip_read_only(f.ty, v);
                }
            }
        }
        (Kind::List, Value::Array(items)) => {
            if let Some(e) = t.element {
                items.iter_mut().for_each(|v| strip_read_only(e, v));
            }
        }
        (Kind::Dict, Value::Object(m)) => {
            if let Some(e) = t.element {
                m.values_mut().for_each(|v| strip_read_only(e, v));
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests;
