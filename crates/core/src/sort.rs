//! Sorting through one shared sort routine, to keep the web build small.
//!
//! Each `sort`, `sort_by` or `sort_by_key` on a new element type compiles its own copy of the
//! standard library's sort, about 4 KB of WebAssembly each; twenty of them were a tenth of
//! the module's code. These helpers sort a list of positions with one non-generic routine and
//! then move the elements into that order, so the sort code is in the module once. The file
//! readers (`resume-docx`, `resume-pdf`) use them too.
//!
//! All of them are stable (equal elements keep their order), O(n log n), and allocate one
//! list of `n` positions.

use alloc::vec::Vec;
use core::cmp::Ordering;

/// Sort `v` stably by the comparator `cmp` (like `slice::sort_by`).
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..v.len()).collect();
    sort_positions(&mut order, &mut |a, b| match (v.get(a), v.get(b)) {
        (Some(x), Some(y)) => cmp(x, y),
        _ => Ordering::Equal,
    });
    // Put the element from position `order[i]` at `i`, by swaps (the standard library's
    // `sort_by_cached_key` does the same): an element taken from a position before `i` was
    // swapped away from there, to the position that entry of `order` now names.
    for i in 0..order.len() {
        let mut from = order.get(i).copied().unwrap_or(i);
        while from < i {
            from = order.get(from).copied().unwrap_or(i);
        }
        if let Some(slot) = order.get_mut(i) {
            *slot = from;
        }
        if from < v.len() {
            v.swap(i, from);
        }
    }
}

/// Sort `v` stably by a key (like `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sort `v` in ascending order (like `slice::sort`; also what `sort_unstable` gives for
/// elements that are equal only when identical).
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The one sort: positions by `cmp`, stably (equal elements keep their order). A bottom-up
/// merge sort in a second list of positions: O(n log n) comparisons like the standard
/// library's, in ~0.5 KB of WebAssembly where `sort_unstable_by` on positions was ~9.5 KB (its
/// sorting networks for small runs); the lists sorted here are a resume's bullets, terms and
/// findings, hundreds at most.
#[inline(never)]
fn sort_positions(order: &mut Vec<usize>, cmp: &mut dyn FnMut(usize, usize) -> Ordering) {
    let mut other: Vec<usize> = alloc::vec![0; order.len()];
    let mut width = 1;
    while width < order.len() {
        for (from, to) in order.chunks(2 * width).zip(other.chunks_mut(2 * width)) {
            merge(from, width, to, cmp);
        }
        core::mem::swap(order, &mut other);
        width *= 2;
    }
}

/// Merge the sorted runs `from[..mid]` and `from[mid..]` into `to` (the same length); on a tie
/// the first run's position goes first.
fn merge(
    from: &[usize],
    mid: usize,
    to: &mut [usize],
    cmp: &mut dyn FnMut(usize, usize) -> Ordering,
) {
    let (a, b) = from.split_at(mid.min(from.len()));
    let (mut a, mut b) = (a.iter().peekable(), b.iter().peekable());
    for slot in to {
        let next = match (a.peek(), b.peek()) {
            (Some(&&x), Some(&&y)) if cmp(y, x) == Ordering::Less => b.next(),
            (Some(_), _) => a.next(),
            (None, _) => b.next(),
        };
        *slot = next.copied().unwrap_or_default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::String;
    use alloc::vec;

    #[test]
    fn sorts_like_the_standard_library() {
        let mut v = vec![5, 3, 9, 1, 3, 7, 0, 2];
        let mut expected = v.clone();
        expected.sort();
        sort(&mut v);
        assert_eq!(v, expected);
        let mut empty: Vec<u8> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
    }

    #[test]
    fn is_stable_on_every_permutation_shape() {
        // Pseudo-random keys with many ties, every length up to 300.
        let mut seed = 12345u32;
        for len in 0..300 {
            let v: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    ((seed >> 16) as u8 % 7, i)
                })
                .collect();
            let mut ours = v.clone();
            sort_by_key(&mut ours, |&(k, _)| k);
            let mut std = v.clone();
            std.sort_by_key(|&(k, _)| k);
            assert_eq!(ours, std, "len {len}");
            let mut ours = v.clone();
            sort_by(&mut ours, |a, b| b.0.cmp(&a.0));
            let mut std = v;
            std.sort_by_key(|&(k, _)| core::cmp::Reverse(k));
            assert_eq!(ours, std, "len {len}, descending");
        }
    }

    #[test]
    fn sorts_a_subslice_of_owned_values() {
        let mut v: Vec<String> = ["z", "b", "c", "a", "y"].map(String::from).into();
        if let Some(middle) = v.get_mut(1..4) {
            sort(middle);
        }
        assert_eq!(v, ["z", "a", "b", "c", "y"]);
    }
}
