//! The report's JSON writer: a serde serializer that writes the same bytes as `serde_json`
//! (`to_string_pretty` and `to_string`) for the types the report is made of, in a third of the
//! instructions.
//!
//! Why not `serde_json`: the report is serialized on every keystroke (compact, into
//! `JSON.parse`) and on every export (pretty), and at 50–100 KB of JSON that was a fifth of an
//! analysis. `serde_json` writes through a generic `io::Write` one fragment at a time (each
//! indentation level, each quote and colon a separate copy call) and cannot take another
//! formatter in a `no_std` build. This writer appends to one `String`: punctuation as single
//! characters, indentation as one slice, a string's unescaped runs as one copy each.
//!
//! Byte-identical to `serde_json` for what it writes: `"key": value` with two-space
//! indentation (pretty) or no whitespace (compact), `[]` and `{}` for empty containers, `\"`,
//! `\\`, `\b`, `\f`, `\n`, `\r`, `\t` and `\u00xx` (lower-case hex) for the characters JSON
//! must escape and nothing else, unit variants as strings, newtype variants as one-key
//! objects. Floating-point numbers (which `serde_json` prints through `ryu`) and map keys
//! that are not strings are refused with an error: the report has neither, and a test renders
//! every fixture through both writers and compares the bytes.

use alloc::string::String;
use core::fmt;
use serde::ser::{self, Serialize};

/// Serialize `value` as JSON: two-space indented like `serde_json::to_string_pretty` when
/// `pretty`, otherwise compact like `serde_json::to_string`.
pub fn to_json<T: Serialize + ?Sized>(value: &T, pretty: bool) -> Result<String, Error> {
    let mut writer = Writer {
        out: String::with_capacity(16 * 1024),
        pretty,
        depth: 0,
    };
    value.serialize(&mut writer)?;
    Ok(writer.out)
}

/// Why a value could not be written (a float, a map key that is not a string, or an error
/// from the value's own `Serialize`).
#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl ser::StdError for Error {}

impl ser::Error for Error {
    fn custom<M: fmt::Display>(msg: M) -> Self {
        Error(alloc::format!("{msg}"))
    }
}

fn unsupported(what: &str) -> Error {
    Error(alloc::format!(
        "the report's JSON writer does not write {what}"
    ))
}

/// A line break and the spaces of up to 32 levels of indentation, sliced to the depth.
const NEWLINE: &str = "\n                                                                ";

/// Two decimal digits of every number below 100, for writing integers two digits at a time.
const DIGIT_PAIRS: &[u8; 200] = b"\
    0001020304050607080910111213141516171819\
    2021222324252627282930313233343536373839\
    4041424344454647484950515253545556575859\
    6061626364656667686970717273747576777879\
    8081828384858687888990919293949596979899";

/// Whether JSON escapes each byte: below 0x20, `"` and `\`. One load and test per byte: the
/// report's strings are short (most keys are under eight bytes), so testing eight bytes at a
/// time with word arithmetic left most bytes to a three-comparison loop over the tail anyway.
const ESCAPED: [bool; 256] = escaped_table();

/// [`ESCAPED`]'s contents. Only ever evaluated at compile time: an index out of bounds here is
/// a build error, never a panic on input.
#[allow(clippy::indexing_slicing)]
const fn escaped_table() -> [bool; 256] {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = true;
        b += 1;
    }
    table[b'"' as usize] = true;
    table[b'\\' as usize] = true;
    table
}

/// Whether JSON escapes byte `b`.
fn is_escaped(b: u8) -> bool {
    ESCAPED.get(usize::from(b)).copied().unwrap_or(false)
}

/// The escape JSON writes for byte `b`, or `None` when it is written as it is.
fn escape(b: u8) -> Option<&'static str> {
    Some(match b {
        b'"' => "\\\"",
        b'\\' => "\\\\",
        0x08 => "\\b",
        0x0C => "\\f",
        b'\n' => "\\n",
        b'\r' => "\\r",
        b'\t' => "\\t",
        0..=0x1F => "",
        _ => return None,
    })
}

/// Where the first byte at or after `from` that JSON escapes is. Eight bytes at a time while
/// eight are left (the report's value strings are 36 KB of a two-page report's 69, most of it
/// in messages and quotes of 16 bytes or more), then byte by byte.
fn next_escape(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let mut chunks = rest.chunks_exact(8);
    let mut at = from;
    for chunk in &mut chunks {
        let Ok(word) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        if may_escape(u64::from_le_bytes(word)) {
            if let Some(i) = chunk.iter().position(|&b| is_escaped(b)) {
                return Some(at + i);
            }
        }
        at += 8;
    }
    let tail = bytes.get(at..)?;
    tail.iter().position(|&b| is_escaped(b)).map(|i| at + i)
}

/// Whether one of the eight bytes of `word` may be one JSON escapes: below 0x20, `"` or `\`
/// (never false when one is; a byte above one that is may read as one too, which the byte
/// loop after it settles). The classic zero-byte test: `x - 0x01…01` borrows into the high
/// bit of a byte that was zero, and `!x` keeps only bytes that had it clear.
fn may_escape(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGH;
    (below(word, 0x20) | below(word ^ (ONES * 0x22), 1) | below(word ^ (ONES * 0x5C), 1)) != 0
}

/// The JSON being written: a `String` from the start (every piece appended is a `&str` or an
/// ASCII character), so the result needs no UTF-8 validation at the end.
struct Writer {
    out: String,
    pretty: bool,
    /// Nesting depth of the open containers (for the pretty indentation).
    depth: usize,
}

impl Writer {
    /// A line break and the indentation of the current depth (pretty only): one copy from
    /// [`NEWLINE`] for the usual depths.
    fn newline(&mut self) {
        let n = self.depth * 2 + 1;
        match NEWLINE.get(..n) {
            Some(line) => self.out.push_str(line),
            None => {
                self.out.push_str(NEWLINE);
                for _ in NEWLINE.len()..n {
                    self.out.push(' ');
                }
            }
        }
    }

    fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        self.depth += 1;
    }

    /// Before an element or a key: the comma after the previous one, then (pretty) the line
    /// break and indentation.
    fn element(&mut self, first: bool) {
        if !first {
            self.out.push(',');
        }
        if self.pretty {
            self.newline();
        }
    }

    /// Close a container; `empty` when nothing was written into it (`[]`, `{}`).
    fn close(&mut self, bracket: char, empty: bool) {
        self.depth = self.depth.saturating_sub(1);
        if self.pretty && !empty {
            self.newline();
        }
        self.out.push(bracket);
    }

    fn colon(&mut self) {
        self.out.push(':');
        if self.pretty {
            self.out.push(' ');
        }
    }

    /// `s` as a JSON string: one copy when nothing in it is escaped (nearly every string of a
    /// report), else the runs between escapes.
    fn string(&mut self, s: &str) {
        self.out.push('"');
        match next_escape(s.as_bytes(), 0) {
            None => self.out.push_str(s),
            Some(at) => self.escaped_string(s, at),
        }
        self.out.push('"');
    }

    /// The runs of `s` between the bytes JSON escapes (the first at `at`), and those escaped.
    /// Each run ends at an ASCII byte, so it is a `&str` of its own.
    #[cold]
    fn escaped_string(&mut self, s: &str, at: usize) {
        let bytes = s.as_bytes();
        let mut run = 0;
        let mut next = Some(at);
        while let Some(at) = next {
            self.out.push_str(s.get(run..at).unwrap_or(""));
            self.escaped(bytes.get(at).copied().unwrap_or(0));
            run = at + 1;
            next = next_escape(bytes, run);
        }
        self.out.push_str(s.get(run..).unwrap_or(""));
    }

    /// Byte `b` as JSON escapes it (one of [`next_escape`]'s finds).
    fn escaped(&mut self, b: u8) {
        match escape(b) {
            Some(e) if !e.is_empty() => self.out.push_str(e),
            _ => {
                self.out.push_str("\\u00");
                self.out.push(hex(b >> 4));
                self.out.push(hex(b & 0xF));
            }
        }
    }

    fn unsigned(&mut self, n: u64) {
        if n < 10 {
            self.out.push(char::from(b'0' + n as u8));
            return;
        }
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut n = n;
        while n >= 100 {
            let pair = (n % 100) as usize * 2;
            n /= 100;
            at -= 2;
            if let (Some(slot), Some(pair)) =
                (digits.get_mut(at..at + 2), DIGIT_PAIRS.get(pair..pair + 2))
            {
                slot.copy_from_slice(pair);
            }
        }
        // The leading one or two digits.
        if n >= 10 {
            let pair = n as usize * 2;
            at -= 2;
            if let (Some(slot), Some(lead)) =
                (digits.get_mut(at..at + 2), DIGIT_PAIRS.get(pair..pair + 2))
            {
                slot.copy_from_slice(lead);
            }
        } else {
            at -= 1;
            if let Some(d) = digits.get_mut(at) {
                *d = b'0' + n as u8;
            }
        }
        for &d in digits.get(at..).unwrap_or(&[]) {
            self.out.push(char::from(d));
        }
    }

    fn signed(&mut self, n: i64) {
        if n < 0 {
            self.out.push('-');
        }
        self.unsigned(n.unsigned_abs());
    }
}

/// A lower-case hexadecimal digit (`\u00xx`, as `serde_json` writes them).
fn hex(d: u8) -> char {
    char::from(if d < 10 { b'0' + d } else { b'a' + d - 10 })
}

/// An open array or object: whether anything was written into it yet.
pub struct Compound<'w> {
    writer: &'w mut Writer,
    first: bool,
}

impl Compound<'_> {
    fn value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.writer.element(self.first);
        self.first = false;
        value.serialize(&mut *self.writer)
    }

    /// A struct field. Its name is written as it is, not scanned for escapes: field names come
    /// from `#[derive(Serialize)]` on the report's types (Rust identifiers, `rename`s like
    /// "match"); one JSON escapes would fail the debug assertion below in the tests, and the
    /// fixture test that compares every report with `serde_json`'s bytes. About 2,700 of a
    /// two-page report's strings are these names.
    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        debug_assert!(next_escape(key.as_bytes(), 0).is_none(), "{key}");
        self.writer.element(self.first);
        self.first = false;
        let out = &mut self.writer.out;
        out.push('"');
        out.push_str(key);
        out.push('"');
        self.writer.colon();
        value.serialize(&mut *self.writer)
    }

    fn end_array(self) {
        self.writer.close(']', self.first);
    }

    fn end_object(self) {
        self.writer.close('}', self.first);
    }

    /// End a variant's content and the one-key object around it.
    fn end_variant(self, bracket: char) {
        let writer = self.writer;
        writer.close(bracket, self.first);
        writer.close('}', false);
    }
}

impl Writer {
    fn compound(&mut self, bracket: char) -> Compound<'_> {
        self.open(bracket);
        Compound {
            writer: self,
            first: true,
        }
    }

    /// `{"variant": ` before a variant's content (`serde_json`'s external tagging).
    fn variant_key(&mut self, variant: &str) {
        self.open('{');
        self.element(true);
        self.string(variant);
        self.colon();
    }
}

impl<'w> ser::Serializer for &'w mut Writer {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'w>;
    type SerializeTuple = Compound<'w>;
    type SerializeTupleStruct = Compound<'w>;
    type SerializeTupleVariant = Compound<'w>;
    type SerializeMap = Compound<'w>;
    type SerializeStruct = Compound<'w>;
    type SerializeStructVariant = Compound<'w>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }

    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.signed(i64::from(v));
        Ok(())
    }

    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.signed(i64::from(v));
        Ok(())
    }

    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.signed(i64::from(v));
        Ok(())
    }

    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.signed(v);
        Ok(())
    }

    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.unsigned(u64::from(v));
        Ok(())
    }

    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.unsigned(u64::from(v));
        Ok(())
    }

    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.unsigned(u64::from(v));
        Ok(())
    }

    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.unsigned(v);
        Ok(())
    }

    fn serialize_f32(self, _: f32) -> Result<(), Error> {
        Err(unsupported("floating-point numbers"))
    }

    fn serialize_f64(self, _: f64) -> Result<(), Error> {
        Err(unsupported("floating-point numbers"))
    }

    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.string(v);
        Ok(())
    }

    /// Bytes as an array of numbers, as `serde_json` writes them.
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        let mut seq = self.compound('[');
        for b in v {
            seq.value(b)?;
        }
        seq.end_array();
        Ok(())
    }

    fn serialize_none(self) -> Result<(), Error> {
        self.out.push_str("null");
        Ok(())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), Error> {
        self.serialize_none()
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_none()
    }

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.string(variant);
        Ok(())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.variant_key(variant);
        value.serialize(&mut *self)?;
        self.close('}', false);
        Ok(())
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'w>, Error> {
        Ok(self.compound('['))
    }

    fn serialize_tuple(self, _: usize) -> Result<Compound<'w>, Error> {
        Ok(self.compound('['))
    }

    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Compound<'w>, Error> {
        Ok(self.compound('['))
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'w>, Error> {
        self.variant_key(variant);
        Ok(self.compound('['))
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'w>, Error> {
        Ok(self.compound('{'))
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'w>, Error> {
        Ok(self.compound('{'))
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'w>, Error> {
        self.variant_key(variant);
        Ok(self.compound('{'))
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.value(value)
    }

    fn end(self) -> Result<(), Error> {
        self.end_array();
        Ok(())
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.value(value)
    }

    fn end(self) -> Result<(), Error> {
        self.end_array();
        Ok(())
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.value(value)
    }

    fn end(self) -> Result<(), Error> {
        self.end_array();
        Ok(())
    }
}

impl ser::SerializeTupleVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.value(value)
    }

    fn end(self) -> Result<(), Error> {
        self.end_variant(']');
        Ok(())
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.writer.element(self.first);
        self.first = false;
        let at = self.writer.out.len();
        key.serialize(&mut *self.writer)?;
        // JSON keys are strings: a key that wrote anything else is refused.
        if self.writer.out.as_bytes().get(at) != Some(&b'"') {
            return Err(unsupported("map keys that are not strings"));
        }
        self.writer.colon();
        Ok(())
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.writer)
    }

    fn end(self) -> Result<(), Error> {
        self.end_object();
        Ok(())
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.field(key, value)
    }

    fn end(self) -> Result<(), Error> {
        self.end_object();
        Ok(())
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.field(key, value)
    }

    fn end(self) -> Result<(), Error> {
        self.end_variant('}');
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::collections::BTreeMap;
    use alloc::vec;
    use alloc::vec::Vec;
    use serde::Serialize;

    #[derive(Serialize)]
    #[serde(rename_all = "kebab-case")]
    enum Shape {
        Unit,
        Newtype(u32),
        Tuple(i8, &'static str),
        Struct { inner: Option<bool> },
    }

    #[derive(Serialize)]
    struct Unit;

    #[derive(Serialize)]
    struct Wrapper(&'static str);

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Everything {
        text: String,
        empty_list: Vec<u32>,
        empty_object: BTreeMap<String, u8>,
        nested: Vec<Vec<Option<u64>>>,
        shapes: Vec<Shape>,
        map: BTreeMap<&'static str, (i64, char)>,
        unit: Unit,
        unit_value: (),
        wrapper: Wrapper,
        bytes: &'static [u8],
        extremes: (u64, i64, i32, u8),
        #[serde(skip)]
        _skipped: u8,
    }

    fn everything() -> Everything {
        Everything {
            text: String::from(
                "quote \" backslash \\ \u{1} \u{8}\u{c}\n\r\t \u{1f}\u{7f} é 😀 </>",
            ),
            empty_list: vec![],
            empty_object: BTreeMap::new(),
            nested: vec![vec![], vec![Some(0), None, Some(u64::MAX)]],
            shapes: vec![
                Shape::Unit,
                Shape::Newtype(7),
                Shape::Tuple(-3, "t"),
                Shape::Struct { inner: Some(true) },
                Shape::Struct { inner: None },
            ],
            map: BTreeMap::from([("a\"b", (-1, 'x')), ("z", (i64::MIN, '"'))]),
            unit: Unit,
            unit_value: (),
            wrapper: Wrapper("w"),
            bytes: b"\x00\xff",
            extremes: (0, i64::MAX, i32::MIN, 255),
            _skipped: 1,
        }
    }

    #[test]
    fn writes_what_serde_json_writes() {
        let value = everything();
        assert_eq!(
            to_json(&value, true).unwrap(),
            serde_json::to_string_pretty(&value).unwrap()
        );
        assert_eq!(
            to_json(&value, false).unwrap(),
            serde_json::to_string(&value).unwrap()
        );
        // Deeper than the indentation slice (32 levels).
        let mut deep = serde_json::json!([1, {"k": []}]);
        for _ in 0..40 {
            deep = serde_json::Value::Array(vec![deep]);
        }
        assert_eq!(
            to_json(&deep, true).unwrap(),
            serde_json::to_string_pretty(&deep).unwrap(),
            "indentation deeper than the spaces slice"
        );
    }

    #[test]
    fn escapes_every_byte_where_serde_json_does_at_every_offset() {
        // Each ASCII byte at each position of strings of every length up to 19, then all of
        // them at once.
        for b in 0u8..0x80 {
            for len in 1..=19 {
                for at in 0..len {
                    let mut s = String::from("abcdefghijklmnopqrs");
                    s.truncate(len);
                    s.replace_range(at..=at, char::from(b).encode_utf8(&mut [0; 4]));
                    assert_eq!(
                        to_json(&s, false).unwrap(),
                        serde_json::to_string(&s).unwrap()
                    );
                }
            }
        }
        assert_eq!(to_json("", false).unwrap(), "\"\"");
        let all: String = (0u8..0x80)
            .map(char::from)
            .chain("é😀\u{7ff}".chars())
            .collect();
        assert_eq!(
            to_json(&all, true).unwrap(),
            serde_json::to_string(&all).unwrap()
        );
        for n in [
            0u64,
            1,
            9,
            10,
            11,
            42,
            99,
            100,
            101,
            999,
            1000,
            65_535,
            1 << 40,
            u64::MAX,
        ] {
            assert_eq!(to_json(&n, false).unwrap(), alloc::format!("{n}"));
        }
    }

    #[test]
    fn refuses_floats_and_keys_that_are_not_strings() {
        assert!(to_json(&1.5f64, true).is_err());
        assert!(to_json(&BTreeMap::from([(1u8, 2u8)]), false).is_err());
        assert!(to_json(&BTreeMap::from([((), 2u8)]), false).is_err());
    }
}
