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

/// The map's view box (`0 0 W H`) and its shapes, in the order of the asset.
pub fn shapes() -> (String, Vec<Shape>) {
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
            out.push(Shape { iso: iso.to_owned(), d: attr(line, "d").map(str::to_owned), circle });
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
    }
}
