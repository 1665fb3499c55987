//! The map asset (`assets/lac-map.svg`, made by `tools/gen_map.py` from Natural Earth shapes):
//! its frame, and a shape or marker per country.

/// The generated map.
const MAP: &str = include_str!("../assets/lac-map.svg");

/// One shape of the map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shape {
    /// The country's ISO 3166-1 alpha-2 code.
    pub iso: String,
    /// A path (`d`) or, for a marker of a small country, `None`.
    pub d: Option<String>,
    /// A marker's centre and radius.
    pub circle: Option<(i32, i32, i32)>,
}

fn attr<'s>(line: &'s str, name: &str) -> Option<&'s str> {
    let start = line.find(&format!(" {name}=\""))? + name.len() + 3;
    let rest = line.get(start..)?;
    rest.get(..rest.find('"')?)
}

/// The bounding box of a path of the asset (`M x y` absolute, `l dx dy …` relative, `z`):
/// (min x, min y, max x, max y).
pub fn bbox(d: &str) -> Option<(i32, i32, i32, i32)> {
    let (mut x, mut y) = (0i32, 0i32);
    let mut b: Option<(i32, i32, i32, i32)> = None;
    let mut grow = |x: i32, y: i32| {
        b = Some(b.map_or((x, y, x, y), |(a, c, e, f)| (a.min(x), c.min(y), e.max(x), f.max(y))));
    };
    for part in d.split('M').filter(|p| !p.is_empty()) {
        let (start, rest) = part.split_once('l').unwrap_or((part.trim_end_matches('z'), ""));
        let mut it = start.split_whitespace().filter_map(|n| n.trim_end_matches('z').parse::<i32>().ok());
        if let (Some(a), Some(c)) = (it.next(), it.next()) {
            (x, y) = (a, c);
            grow(x, y);
        }
        let numbers: Vec<i32> =
            rest.split(|c: char| c.is_whitespace() || c == 'z' || c == 'l').filter_map(|n| n.parse().ok()).collect();
        for pair in numbers.chunks(2) {
            if let [dx, dy] = pair {
                x += dx;
                y += dy;
                grow(x, y);
            }
        }
    }
    b
}

/// The radius of a small country's circle: large enough to see and to touch.
const MARKER: i32 = 10;

/// The map's view box (`0 0 W H`) and its shapes, in the order of the asset, every small country
/// of CELAC circled: those the asset circles, and any whose shape is smaller than a circle (the
/// Bahamas, Trinidad and Tobago), at the centre of its shape.
pub fn shapes() -> (String, Vec<Shape>) {
    let (view_box, mut out) = asset_shapes();
    for s in &mut out {
        // Small: every island of it smaller than a marker (an archipelago such as the Bahamas
        // spreads wide, yet each of its islands is a few pixels).
        let small = s.d.as_deref().is_some_and(|d| {
            d.split('M')
                .filter(|p| !p.is_empty())
                .all(|p| bbox(&format!("M{p}")).is_none_or(|(a, b, c, d)| (c - a).max(d - b) < 2 * MARKER + 6))
        });
        let member =
            eu_celac_drugs::Country::from_code(&s.iso).is_some_and(|c| c.is_member(eu_celac_drugs::Bloc::Celac));
        match (&mut s.circle, s.d.as_deref().and_then(bbox)) {
            (Some(c), _) => c.2 = c.2.max(MARKER),
            (None, Some((a, b, c, d))) if small && member => {
                let r = ((c - a).max(d - b) / 2 + 3).clamp(MARKER, 24);
                s.circle = Some(((a + c) / 2, (b + d) / 2, r));
            }
            _ => {}
        }
    }
    (view_box, out)
}

fn asset_shapes() -> (String, Vec<Shape>) {
    let mut view_box = String::new();
    let mut out = Vec::new();
    for line in MAP.lines() {
        if line.starts_with("<svg") {
            view_box = attr(line, "viewBox").unwrap_or_default().to_owned();
        } else if let Some(iso) = attr(line, "data-iso") {
            let number = |n: &str| attr(line, n).and_then(|v| v.parse::<i32>().ok());
            let circle = match (number("cx"), number("cy"), number("r")) {
                (Some(x), Some(y), Some(r)) => Some((x, y, r)),
                _ => None,
            };
            // The asset writes a country's marker on a line of its own, after its shape.
            match out.iter_mut().find(|s: &&mut Shape| s.iso == iso) {
                Some(shape) if circle.is_some() => shape.circle = circle,
                _ => out.push(Shape { iso: iso.to_owned(), d: attr(line, "d").map(str::to_owned), circle }),
            }
        }
    }
    (view_box, out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_celac_member_is_on_the_map() {
        let (view_box, shapes) = super::shapes();
        assert!(view_box.starts_with("0 0 "));
        for c in eu_celac_drugs::Bloc::Celac.members() {
            assert!(shapes.iter().any(|s| s.iso == c.alpha2() && s.d.is_some()), "{c} has no shape");
        }
        assert!(shapes.iter().any(|s| s.circle.is_some()));
        // Every small island state is circled, the Bahamas too.
        for iso in ["BS", "TT", "AG", "BB", "DM", "GD", "KN", "LC", "VC"] {
            assert!(shapes.iter().any(|s| s.iso == iso && s.circle.is_some_and(|c| c.2 >= 10)), "{iso} not circled");
        }
    }

    #[test]
    fn a_bounding_box_follows_relative_moves() {
        assert_eq!(super::bbox("M10 10l5 0 0 5 -5 0zM20 20l1 1z"), Some((10, 10, 21, 21)));
    }
}
