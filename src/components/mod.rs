//! Reusable parts of the shell; each renders its props and emits callbacks, nothing more.

pub mod charts;
pub mod debrief_map;
pub mod drill_card;
pub mod feedback;
pub mod footer;
pub mod header;
pub mod history;
pub mod icons;
pub mod marked_reply;
pub mod message;
pub mod model_answers;
pub mod notices;
pub mod page_title;
pub mod qr;
pub mod rating;
pub mod role_card;
pub mod route_link;
pub mod skip_link;
pub mod studio_map;
pub mod studio_play;
pub mod studio_problems;
pub mod tags;
pub mod timer;
pub mod transcript;
pub mod unavailable;
pub mod your_data;
