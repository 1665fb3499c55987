//! A ZIP archive of stored (uncompressed) entries, with CRC-32: a few dozen lines rather than a
//! dependency, since the explorer only packs a handful of small CSV files that every unzip tool
//! and spreadsheet program opens, and compression would save little on a local download.

/// The CRC-32 (IEEE) table, computed at compile time (`n` stays below 256, so the index is in
/// bounds; `get_mut` is not available in a constant).
#[allow(clippy::indexing_slicing)]
const TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut n = 0;
    while n < 256 {
        let mut c = n as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 == 1 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        table[n] = c;
        n += 1;
    }
    table
};

/// The CRC-32 of `bytes`, as ZIP stores it.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut c = 0xFFFF_FFFF_u32;
    for &b in bytes {
        let i = usize::from((c as u8) ^ b);
        c = TABLE.get(i).copied().unwrap_or(0) ^ (c >> 8);
    }
    !c
}

fn u16le(out: &mut Vec<u8>, v: usize) {
    out.extend_from_slice(&u16::try_from(v).unwrap_or(u16::MAX).to_le_bytes());
}

fn u32le(out: &mut Vec<u8>, v: usize) {
    out.extend_from_slice(&u32::try_from(v).unwrap_or(u32::MAX).to_le_bytes());
}

/// A ZIP archive holding `files` (name, bytes), stored, dated 1 January 1980 (so that the
/// archive is the same bytes for the same files). Names are UTF-8 (flag bit 11).
pub fn archive(files: &[(String, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, bytes) in files {
        let offset = out.len();
        let crc = crc32(bytes);
        let header = |out: &mut Vec<u8>| {
            u16le(out, 20); // version needed: 2.0
            u16le(out, 0x0800); // flags: UTF-8 names
            u16le(out, 0); // method: stored
            u16le(out, 0); // time 00:00
            u16le(out, 0x21); // date 1980-01-01
            out.extend_from_slice(&crc.to_le_bytes());
            u32le(out, bytes.len());
            u32le(out, bytes.len());
            u16le(out, name.len());
            u16le(out, 0); // extra field length
        };
        out.extend_from_slice(&0x0403_4b50_u32.to_le_bytes());
        header(&mut out);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(bytes);
        central.extend_from_slice(&0x0201_4b50_u32.to_le_bytes());
        u16le(&mut central, 20); // version made by
        header(&mut central);
        u16le(&mut central, 0); // comment length
        u16le(&mut central, 0); // disk number
        u16le(&mut central, 0); // internal attributes
        u32le(&mut central, 0); // external attributes
        u32le(&mut central, offset);
        central.extend_from_slice(name.as_bytes());
    }
    let start = out.len();
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50_u32.to_le_bytes());
    u16le(&mut out, 0);
    u16le(&mut out, 0);
    u16le(&mut out, files.len());
    u16le(&mut out, files.len());
    u32le(&mut out, central.len());
    u32le(&mut out, start);
    u16le(&mut out, 0);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn crc32_of_the_check_string() {
        assert_eq!(super::crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn an_archive_ends_with_its_directory() {
        let zip = super::archive(&[("a.csv".to_owned(), b"x,y\n".as_slice())]);
        assert!(zip.starts_with(b"PK\x03\x04"));
        assert_eq!(zip.len(), 30 + 5 + 4 + 46 + 5 + 22);
    }
}
