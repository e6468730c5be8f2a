//! Messages to be put into words later, in the reader's language (see
//! [`crate::i18n`]), and the per-field messages of a form.

/// A message to be put into words later, in the reader's language: a catalog
/// id and its arguments. Domain errors carry these, not sentences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// A message argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// A count: selects the plural form, and is shown formatted as `$name`.
    Num(i64),
    /// Text shown as is.
    Text(String),
    /// Another message, put into the same language (a role's name, say).
    Key(&'static str),
}

impl Msg {
    /// A message without arguments.
    pub fn new(id: &'static str) -> Self {
        Msg {
            id,
            args: Vec::new(),
        }
    }

    /// Adds a count.
    pub fn num(mut self, name: &'static str, n: i64) -> Self {
        self.args.push((name, Arg::Num(n)));
        self
    }

    /// Adds a text.
    pub fn text(mut self, name: &'static str, s: impl Into<String>) -> Self {
        self.args.push((name, Arg::Text(s.into())));
        self
    }

    /// Adds another message by its id, to be put into the reader's language too.
    pub fn key(mut self, name: &'static str, id: &'static str) -> Self {
        self.args.push((name, Arg::Key(id)));
        self
    }
}

/// What was wrong with a submitted form: a message per field, in the order the
/// fields appear. A form answered with these is shown again (422), keeping what
/// was typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors(Vec<(&'static str, Msg)>);

impl FieldErrors {
    /// No errors yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a message against `field` (`"form"` for the form as a whole).
    pub fn add(&mut self, field: &'static str, message: Msg) {
        self.0.push((field, message));
    }

    /// Keeps a parsed value, or records why it was refused against `field`.
    pub fn check<T>(
        &mut self,
        field: &'static str,
        parsed: Result<T, super::Invalid>,
    ) -> Option<T> {
        parsed.map_err(|e| self.add(field, e.0)).ok()
    }

    /// The message for `field`, if any.
    pub fn get(&self, field: &str) -> Option<&Msg> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, m)| m)
    }

    /// Whether there is no message at all.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many messages there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The `(field, message)` pairs.
    pub fn iter(&self) -> std::slice::Iter<'_, (&'static str, Msg)> {
        self.0.iter()
    }

    /// Puts the messages in the order of `fields` (unknown fields last).
    pub fn sort_by_fields(&mut self, fields: &[&str]) {
        self.0
            .sort_by_key(|(field, _)| fields.iter().position(|f| f == field).unwrap_or(usize::MAX));
    }

    /// `value` when there are no errors, the errors otherwise.
    pub fn or_value<T>(self, value: Option<T>) -> Result<T, FieldErrors> {
        match value {
            Some(v) if self.is_empty() => Ok(v),
            _ => Err(self),
        }
    }
}

impl<'a> IntoIterator for &'a FieldErrors {
    type Item = &'a (&'static str, Msg);
    type IntoIter = std::slice::Iter<'a, (&'static str, Msg)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl From<Vec<(&'static str, Msg)>> for FieldErrors {
    fn from(errors: Vec<(&'static str, Msg)>) -> Self {
        FieldErrors(errors)
    }
}
