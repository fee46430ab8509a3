//! Workshop mode: a facilitator's session plan, the projector view's timer and place in the
//! plan, listening-triad role cards with their observer checklist, and the QR codes that open
//! a card on a participant's phone. All of it is plain data and pure functions; the app
//! renders it and stores it under two keys (the facilitator's workshop, a participant's tallies).

pub mod activity;
pub mod checklist;
pub mod facilitation;
pub mod link;
pub mod plan;
pub mod qr;
pub mod timer;
pub mod triad;

pub use activity::{Activity, Notes, Phase};
pub use checklist::{Checklist, ChecklistAction};
pub use facilitation::{Workshop, WorkshopAction};
pub use plan::{Plan, PlanEdit, Step};
pub use timer::Timer;
pub use triad::{Role, RoleCard};
