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
macro_rules! text_enum {
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

        impl TryFrom<String> for $name {
            type Error = $crate::domain::UnknownValue;

            fn try_from(s: String) -> Result<Self, Self::Error> {
                Self::from_stored(&s).ok_or($crate::domain::UnknownValue {
                    kind: stringify!($name),
                    value: s,
                })
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

#[cfg(test)]
mod tests {
    text_enum! {
        enum Colour {
            Red = "red",
            Green = "green",
        }
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
