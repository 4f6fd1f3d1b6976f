//! Sorting through one shared sort routine, to keep the web build small.
//!
//! Each `sort`, `sort_by` or `sort_by_key` on a new element type compiles its own copy of the
//! standard library's sort, about 4 KB of WebAssembly each; twenty of them were a tenth of
//! the module's code. These helpers sort a list of positions with one non-generic routine and
//! then move the elements into that order, so the sort code is in the module once.
//!
//! All of them are stable (equal elements keep their order) and O(n log n); they allocate two
//! lists of `n` entries.

use alloc::vec::Vec;
use core::cmp::Ordering;

/// Sort `v` stably by the comparator `cmp` (like `slice::sort_by`).
pub fn sort_by<T>(v: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..v.len()).collect();
    sort_positions(&mut order, &mut |a, b| match (v.get(a), v.get(b)) {
        (Some(x), Some(y)) => cmp(x, y),
        _ => Ordering::Equal,
    });
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(
        order
            .iter()
            .filter_map(|&i| slots.get_mut(i).and_then(Option::take)),
    );
}

/// Sort `v` stably by a key (like `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sort `v` in ascending order (like `slice::sort`; also what `sort_unstable` gives for
/// elements that are equal only when identical).
pub fn sort<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, T::cmp);
}

/// The one sort: positions by `cmp`, ties by position (so the result is stable).
#[inline(never)]
fn sort_positions(order: &mut [usize], cmp: &mut dyn FnMut(usize, usize) -> Ordering) {
    order.sort_unstable_by(|&a, &b| cmp(a, b).then(a.cmp(&b)));
}

#[cfg(test)]
mod tests {
    use super::*;
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
    fn is_stable() {
        let mut v: Vec<(u8, usize)> = (0..200).map(|i| ((i * 7 % 5) as u8, i)).collect();
        let mut expected = v.clone();
        expected.sort_by_key(|&(k, _)| k);
        sort_by_key(&mut v, |&(k, _)| k);
        assert_eq!(v, expected);
        let mut w = v.clone();
        sort_by(&mut w, |a, b| b.0.cmp(&a.0));
        let mut expected = v;
        expected.sort_by(|a, b| b.0.cmp(&a.0));
        assert_eq!(w, expected);
    }

    #[test]
    fn moves_owned_values() {
        let mut v = vec![alloc::string::String::from("b"), "c".into(), "a".into()];
        sort(&mut v);
        assert_eq!(v, ["a", "b", "c"]);
    }
}
