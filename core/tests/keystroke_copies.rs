//! What one keystroke copies, counted by the allocator: the shell clones the state for
//! every action, so with a long history and large packs on the device a keystroke must
//! not copy them. Bytes are deterministic where time is not, so this can assert.

mod large_device;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use rapport_core::practice::PracticeAction;
use rapport_core::state::Action;

/// The system allocator, counting the bytes it hands out.
struct Counting;

static ALLOCATED: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATED.fetch_add(layout.size(), Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATED.fetch_add(new_size.saturating_sub(layout.size()), Ordering::Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

// The only test in this file, so no other thread allocates while it counts.
#[test]
fn a_keystroke_copies_neither_the_history_nor_the_packs() {
    let (state, _) = large_device::loaded();
    let before = ALLOCATED.load(Ordering::Relaxed);
    // As the shell applies it: to a clone, the state before it still held.
    let next = state
        .clone()
        .apply(Action::Practice(PracticeAction::Draft("It sounds".into())));
    let copied = ALLOCATED.load(Ordering::Relaxed) - before;
    assert_eq!(next.practice.session.draft, "It sounds");
    println!("one keystroke allocated {copied} bytes");
    assert!(
        copied < 16_000,
        "one keystroke allocated {copied} bytes: the history or the packs were copied"
    );
    drop(state);
}
