//! Shared validation rules for text and lists; the record types call these
//! with the path of each field.

use super::error::DomainError;

/// Characters a phone number may be typed with besides digits.
const PHONE_PUNCTUATION: &[char] = &[' ', '-', '+', '(', ')', '/', '.'];

fn too_long(field: &str, value: &str, max: usize) -> Result<(), DomainError> {
    // Cheap bound first: a string of at most `max` bytes has at most `max` chars.
    if value.len() > max && value.chars().count() > max {
        return Err(DomainError::TooLong {
            field: field.to_owned(),
            max,
        });
    }
    Ok(())
}

/// A one-line text: at most `max` chars, no control characters at all.
pub(crate) fn single_line(field: &str, value: &str, max: usize) -> Result<(), DomainError> {
    too_long(field, value, max)?;
    if value.chars().any(char::is_control) {
        return Err(DomainError::ControlCharacter {
            field: field.to_owned(),
        });
    }
    Ok(())
}

/// A multi-line text: at most `max` chars, no control characters except
/// newline and tab.
pub(crate) fn multi_line(field: &str, value: &str, max: usize) -> Result<(), DomainError> {
    too_long(field, value, max)?;
    if value
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(DomainError::ControlCharacter {
            field: field.to_owned(),
        });
    }
    Ok(())
}

/// A list of at most `max` entries.
pub(crate) fn list_len<T>(field: &str, list: &[T], max: usize) -> Result<(), DomainError> {
    if list.len() > max {
        return Err(DomainError::TooMany {
            field: field.to_owned(),
            max,
        });
    }
    Ok(())
}

/// A phone number as typed: may be empty (not known yet); otherwise digits
/// and common punctuation only, with at least one digit.
pub(crate) fn phone_number(field: &str, value: &str, max: usize) -> Result<(), DomainError> {
    single_line(field, value, max)?;
    if value.is_empty() {
        return Ok(());
    }
    let allowed = value
        .chars()
        .all(|c| c.is_ascii_digit() || PHONE_PUNCTUATION.contains(&c));
    if !allowed || !value.chars().any(|c| c.is_ascii_digit()) {
        return Err(DomainError::InvalidFormat {
            field: field.to_owned(),
        });
    }
    Ok(())
}
