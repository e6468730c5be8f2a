//! Enums stored in the database as text: states, roles, kinds, languages.

/// Why a stored value was not one of an enum's: a row written by something
/// other than this version of Handover. Loading such a row is an error, not a
/// guess.
#[derive(Debug, thiserror::Error)]
#[error("{kind} has no value {value:?}")]
pub struct UnknownValue {
    /// The enum's name.
    pub kind: &'static str,
    /// What was stored.
    pub value: String,
}

/// Declares an enum stored as text: `as_str` gives the stored value,
/// `from_stored` and `TryFrom<String>` (what diesel's `deserialize_as` uses)
/// read it back. Each value is written once, here, beside its variant.
///
/// With `unknown reads as Variant;` first, a stored value that is none of
/// them reads as that variant (logged), so one odd row never fails a whole
/// query: the rows these enums read have no CHECK constraint.
macro_rules! text_enum {
    (
        unknown reads as $fallback:ident;
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal ),+ $(,)?
        }
    ) => {
        $crate::domain::text_enum::text_enum_body! {
            $(#[$meta])* $vis enum $name { $( $(#[$vmeta])* $variant = $text ),+ }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                Self::from_stored(&s).unwrap_or_else(|| {
                    tracing::warn!(
                        kind = stringify!($name),
                        value = %s,
                        "an unknown stored value; read as {}",
                        $name::$fallback.as_str()
                    );
                    $name::$fallback
                })
            }
        }
    };
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal ),+ $(,)?
        }
    ) => {
        $crate::domain::text_enum::text_enum_body! {
            $(#[$meta])* $vis enum $name { $( $(#[$vmeta])* $variant = $text ),+ }
        }

        impl TryFrom<String> for $name {
            type Error = $crate::domain::UnknownValue;

            fn try_from(s: String) -> Result<Self, Self::Error> {
                Self::from_stored(&s).ok_or($crate::domain::UnknownValue {
                    kind: stringify!($name),
                    value: s,
                })
            }
        }
    };
}

/// The enum and its conversions that both forms of [`text_enum!`] share.
macro_rules! text_enum_body {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stored value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            /// The value stored as `s`, if it is one.
            pub fn from_stored(s: &str) -> Option<Self> {
                match s {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

pub(crate) use text_enum;
pub(crate) use text_enum_body;

#[cfg(test)]
mod tests {
    text_enum! {
        enum Colour {
            Red = "red",
            Green = "green",
        }
    }

    text_enum! {
        unknown reads as Small;
        enum Size {
            Small = "small",
            Large = "large",
        }
    }

    #[test]
    fn with_a_fallback_a_stranger_reads_as_it() {
        assert_eq!(Size::from("large".to_owned()), Size::Large);
        assert_eq!(Size::from("huge".to_owned()), Size::Small);
        assert_eq!(Size::ALL, [Size::Small, Size::Large]);
    }

    #[test]
    fn every_value_reads_back_and_a_stranger_is_an_error() {
        for c in Colour::ALL {
            assert_eq!(Colour::try_from(c.as_str().to_owned()).ok(), Some(*c));
        }
        let e = Colour::try_from("blue".to_owned()).unwrap_err();
        assert_eq!(e.to_string(), "Colour has no value \"blue\"");
    }
}
