//! Inputs made from valid text by random edits: byte and character insertions, deletions,
//! replacements, duplications, truncations and splices of another valid text.

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;

/// Bytes that matter to the grammars: digits, separators, EDTF's qualifiers, signs, quotes,
/// JSON's punctuation, multi-byte UTF-8 lead and continuation bytes, and controls.
const INTERESTING: &[u8] = b"0123456789-/.:?~%XYQSPDTMWHE +,'\"{}[]\\\0\n\t\xc3\xa9\xe2\x80\x99\xff";

/// One edit; positions and lengths are taken modulo the text's length when applied.
#[derive(Debug, Clone)]
pub enum Edit {
    Insert(usize, u8),
    Delete(usize, usize),
    Replace(usize, u8),
    Duplicate(usize, usize),
    Truncate(usize),
    Splice(usize, usize),
}

fn any_byte() -> impl Strategy<Value = u8> {
    prop_oneof![3 => select(INTERESTING), 1 => any::<u8>()]
}

fn any_edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        4 => (any::<usize>(), any_byte()).prop_map(|(i, b)| Edit::Insert(i, b)),
        3 => (any::<usize>(), 1usize..4).prop_map(|(i, n)| Edit::Delete(i, n)),
        4 => (any::<usize>(), any_byte()).prop_map(|(i, b)| Edit::Replace(i, b)),
        2 => (any::<usize>(), 1usize..16).prop_map(|(i, n)| Edit::Duplicate(i, n)),
        1 => any::<usize>().prop_map(Edit::Truncate),
        2 => (any::<usize>(), any::<usize>()).prop_map(|(i, j)| Edit::Splice(i, j)),
    ]
}

/// `text` after `edits`; `other` is what a splice takes its tail from. Byte edits may break
/// UTF-8: the result is read back lossily (U+FFFD for broken sequences), as a `&str` parser
/// would receive it.
pub fn apply(text: &str, other: &str, edits: &[Edit]) -> String {
    let mut b = text.as_bytes().to_vec();
    for edit in edits {
        let len = b.len();
        match edit {
            Edit::Insert(i, c) => b.insert(i % (len + 1), *c),
            Edit::Delete(i, n) if len > 0 => {
                let at = i % len;
                b.drain(at..(at + n).min(len));
            }
            Edit::Replace(i, c) if len > 0 => b[i % len] = *c,
            Edit::Duplicate(i, n) if len > 0 => {
                let at = i % len;
                let piece: Vec<u8> = b[at..(at + n).min(len)].to_vec();
                b.splice(at..at, piece);
            }
            Edit::Truncate(i) => b.truncate(i % (len + 1)),
            Edit::Splice(i, j) => {
                let tail = other.as_bytes();
                b.truncate(i % (len + 1));
                b.extend_from_slice(&tail[j % (tail.len() + 1)..]);
            }
            _ => {}
        }
    }
    String::from_utf8_lossy(&b).into_owned()
}

/// A valid text of `seeds`, edited one to `max_edits` times.
pub fn mutated(seeds: impl Strategy<Value = String> + Clone, max_edits: usize) -> impl Strategy<Value = String> {
    (seeds.clone(), seeds, vec(any_edit(), 1..=max_edits)).prop_map(|(text, other, edits)| apply(&text, &other, &edits))
}

#[test]
fn edits_stay_within_bounds() {
    let edits = [
        Edit::Insert(usize::MAX, b'x'),
        Edit::Delete(0, 3),
        Edit::Replace(7, 0xff),
        Edit::Duplicate(1, 15),
        Edit::Splice(2, usize::MAX),
        Edit::Truncate(0),
        Edit::Delete(5, 2),
        Edit::Replace(5, b'y'),
    ];
    for n in 0..edits.len() {
        let _ = apply("2021-06-01/2022", "over 9.6 t", &edits[..n]);
        let _ = apply("", "", &edits[..n]);
    }
    assert_eq!(apply("abc", "xyz", &[Edit::Insert(0, b'-')]), "-abc");
}
