//! Cases and their parts. Each command parses and checks its input, then
//! calls the core's case book; the shell adds nothing of its own.

use crate::error::{CommandError, CommandResult, Input};
use crate::state::AppState;
use chrono::{NaiveDate, Utc};
use tauri::State;
use trygg::casebook::{self, CaseFile, CaseList, CaseSummary, MeetingEntry};
use trygg::domain::{
    alias_warnings, AliasWarning, Case, ContactAgreement, CrisisPlan, Meeting, SituationReview,
    LIMITS,
};
use trygg::guidance::catalogue;
use trygg::vault::RecordId;

fn record_id(input: Input<String>, field: &str) -> CommandResult<RecordId> {
    let s = input.get()?;
    RecordId::parse(&s).ok_or_else(|| CommandError::invalid(field, "invalid_id"))
}

#[tauri::command]
pub fn case_list(state: State<'_, AppState>) -> CommandResult<CaseList> {
    state.with_vault(|v| Ok(casebook::list(v)?))
}

#[tauri::command]
pub fn case_alias_warnings(alias: Input<String>) -> CommandResult<Vec<AliasWarning>> {
    let alias = alias.get()?;
    if alias.chars().count() > LIMITS.alias {
        return Err(CommandError::invalid("alias", "too_long"));
    }
    Ok(alias_warnings(&alias))
}

#[tauri::command]
pub fn case_create(state: State<'_, AppState>, alias: Input<String>) -> CommandResult<CaseSummary> {
    let alias = alias.get()?;
    state.with_vault(|v| Ok(casebook::create(v, &alias)?))
}

#[tauri::command]
pub fn case_update(
    state: State<'_, AppState>,
    id: Input<String>,
    value: Input<Case>,
) -> CommandResult<CaseSummary> {
    let id = record_id(id, "id")?;
    let value = value.get()?;
    state.with_vault(|v| Ok(casebook::update(v, &id, value)?))
}

#[tauri::command]
pub fn case_delete(state: State<'_, AppState>, id: Input<String>) -> CommandResult<()> {
    let id = record_id(id, "id")?;
    state.with_vault(|v| Ok(casebook::delete(v, &id)?))
}

#[tauri::command]
pub fn case_open(state: State<'_, AppState>, id: Input<String>) -> CommandResult<CaseFile> {
    let id = record_id(id, "id")?;
    state.with_vault(|v| Ok(casebook::open(v, &id)?))
}

#[tauri::command]
pub fn plan_save(
    state: State<'_, AppState>,
    case_id: Input<String>,
    value: Input<CrisisPlan>,
) -> CommandResult<CrisisPlan> {
    let case_id = record_id(case_id, "case_id")?;
    let value = value.get()?;
    state.with_vault(|v| Ok(casebook::save_plan(v, &case_id, value)?))
}

#[tauri::command]
pub fn contact_save(
    state: State<'_, AppState>,
    case_id: Input<String>,
    value: Input<ContactAgreement>,
) -> CommandResult<ContactAgreement> {
    let case_id = record_id(case_id, "case_id")?;
    let value = value.get()?;
    state.with_vault(|v| Ok(casebook::save_contact(v, &case_id, value)?))
}

#[tauri::command]
pub fn review_save(
    state: State<'_, AppState>,
    case_id: Input<String>,
    value: Input<SituationReview>,
) -> CommandResult<SituationReview> {
    let case_id = record_id(case_id, "case_id")?;
    let value = value.get()?;
    state.with_vault(|v| Ok(casebook::save_review(v, &case_id, value)?))
}

#[tauri::command]
pub fn meeting_create(
    state: State<'_, AppState>,
    case_id: Input<String>,
    date: Input<NaiveDate>,
) -> CommandResult<MeetingEntry> {
    let case_id = record_id(case_id, "case_id")?;
    let date = date.get()?;
    state.with_vault(|v| Ok(casebook::create_meeting(v, &case_id, date, &catalogue())?))
}

#[tauri::command]
pub fn meeting_save(
    state: State<'_, AppState>,
    id: Input<String>,
    value: Input<Meeting>,
) -> CommandResult<MeetingEntry> {
    let id = record_id(id, "id")?;
    let value = value.get()?;
    state.with_vault(|v| Ok(casebook::save_meeting(v, &id, value, &catalogue())?))
}

#[tauri::command]
pub fn meeting_delete(state: State<'_, AppState>, id: Input<String>) -> CommandResult<()> {
    let id = record_id(id, "id")?;
    state.with_vault(|v| Ok(casebook::delete_meeting(v, &id)?))
}

#[tauri::command]
pub fn case_retention_due(state: State<'_, AppState>) -> CommandResult<Vec<CaseSummary>> {
    let days = state.settings()?.retention_days;
    state.with_vault(|v| Ok(casebook::retention_due(v, days, Utc::now())?))
}
