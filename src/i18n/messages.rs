//! The shape of Fluent messages: IDs, attributes and the variables they use.
//! Used to check that every locale matches the source, and to format
//! messages that take variables into UI templates.

use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// A message value (`attr == None`) or one of its attributes.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MessageKey {
    pub id: String,
    pub attr: Option<String>,
}

impl MessageKey {
    /// The key of `id` or `id.attr`.
    pub fn from_flat(key: &str) -> Self {
        match key.split_once('.') {
            Some((id, attr)) => MessageKey {
                id: id.to_string(),
                attr: Some(attr.to_string()),
            },
            None => MessageKey {
                id: key.to_string(),
                attr: None,
            },
        }
    }

    /// The key as the UI sees it: `id` or `id.attr`.
    pub fn flat(&self) -> String {
        match &self.attr {
            Some(a) => format!("{}.{}", self.id, a),
            None => self.id.clone(),
        }
    }
}

/// For every message value and attribute of a resource, the variables used.
pub type MessageShape = BTreeMap<MessageKey, BTreeSet<String>>;

/// The variables one pattern uses (in selectors and every variant too).
pub fn variables_of(p: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut vars = BTreeSet::new();
    pattern_vars(p, &mut vars);
    vars
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_vars(i, vars),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
            for n in &arguments.named {
                inline_vars(&n.value, vars);
            }
        }
        _ => {}
    }
}
