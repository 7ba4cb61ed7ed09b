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

/// The shape of one parsed resource (messages only; terms are private).
pub fn shape_of(resource: &ast::Resource<&str>) -> MessageShape {
    let mut out = MessageShape::new();
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            let id = m.id.name.to_string();
            if let Some(value) = &m.value {
                let mut vars = BTreeSet::new();
                pattern_vars(value, &mut vars);
                out.insert(
                    MessageKey {
                        id: id.clone(),
                        attr: None,
                    },
                    vars,
                );
            }
            for a in &m.attributes {
                let mut vars = BTreeSet::new();
                pattern_vars(&a.value, &mut vars);
                out.insert(
                    MessageKey {
                        id: id.clone(),
                        attr: Some(a.id.name.to_string()),
                    },
                    vars,
                );
            }
        }
    }
    out
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
