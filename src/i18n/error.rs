use crate::error::{Coded, ErrorCode};

/// Errors of the localisation layer.
#[derive(Debug, Clone, thiserror::Error)]
pub enum I18nError {
    /// An embedded `.ftl` file does not parse. Tests keep this from shipping.
    #[error("a translation file does not parse")]
    Parse { locale: String, file: String },
    /// A locale tag that is not one of the shipped locales.
    #[error("unknown locale")]
    UnknownLocale,
}

impl Coded for I18nError {
    fn code(&self) -> ErrorCode {
        match self {
            I18nError::Parse { .. } => ErrorCode::TranslationBroken,
            I18nError::UnknownLocale => ErrorCode::UnknownLocale,
        }
    }

    fn details(&self) -> serde_json::Value {
        match self {
            I18nError::Parse { locale, file } => {
                serde_json::json!({ "locale": locale, "file": file })
            }
            I18nError::UnknownLocale => serde_json::Value::Null,
        }
    }
}
