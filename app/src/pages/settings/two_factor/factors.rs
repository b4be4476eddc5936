//! What the two-factor section and its dialogs share: what the account's two-factor is made of,
//! and the section's heading. Nothing here imports the section or a dialog.

use domain::factor::FactorSet;

/// The heading of the two-factor section: where focus goes when one of its dialogs closes and
/// the button that opened it is gone.
pub const SECTION_HEADING: &str = "two-factor-heading";

/// What the account's two-factor is made of (for the buttons the section offers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FactorSummary {
    pub on: bool,
    pub factors: FactorSet,
    /// Required by the deployment's policy: not to be turned off.
    pub required: bool,
}
