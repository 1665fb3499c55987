//! The annotated report: the full text, every quoted passage highlighted and linked to the records
//! that quote it, an anchor on every paragraph.

use askama::Template;

use super::{PageMeta, emit};
use crate::annotate::{Annotated, BlockKind, Segment};
use crate::context::{Ctx, Link};
use crate::{Error, Site, text};

struct SegView {
    text: String,
    bold: bool,
    sup: bool,
    marks: String,
    anchors: Vec<String>,
}

struct PassageRefs {
    id: String,
    excerpt: String,
    records: Vec<Link>,
}

struct BlockView {
    anchor: String,
    /// Its paragraph number (¶), shown beside it.
    para: Option<usize>,

    /// 0 for a paragraph, 1 for a list item, 2 to 6 for a heading, 9 for a rule.
    level: u8,
    open: Option<&'static str>,
    close: Option<&'static str>,
    /// Each line: the footnote anchor that starts it (`fn-3`), if one does, and its segments.
    lines: Vec<(Option<String>, Vec<SegView>)>,
    refs: Vec<PassageRefs>,
    quoted_by: usize,
}

#[derive(Template)]
#[template(path = "report.html")]
struct ReportPage {
    page: PageMeta,
    number: String,
    blocks: Vec<BlockView>,
    passages: usize,
    unmatched: Vec<Link>,
    has_text: bool,
    register: Option<String>,
}

fn seg(s: Segment) -> SegView {
    SegView {
        text: s.text,
        bold: s.bold,
        sup: s.sup,
        marks: s.marks.iter().map(|n| format!("q-{n}")).collect::<Vec<_>>().join(" "),
        anchors: s.anchors.iter().map(|n| format!("q-{n}")).collect(),
    }
}

fn blocks(ctx: &Ctx<'_>, a: &Annotated<'_>) -> Vec<BlockView> {
    let anchors = a.anchor_positions();
    let list_of = |k: BlockKind| match k {
        BlockKind::Item => Some("ul"),
        BlockKind::Numbered => Some("ol"),
        _ => None,
    };
    let mut out = Vec::with_capacity(a.blocks.len());
    for (n, b) in a.blocks.iter().enumerate() {
        let here: Vec<(usize, usize)> =
            anchors.iter().filter(|(block, _, _)| *block == n).map(|&(_, pos, p)| (pos, p)).collect();
        let lines = b
            .lines
            .iter()
            .enumerate()
            .map(|(n, &range)| {
                let note = b.footnotes.iter().find(|(l, _)| *l == n).map(|(_, num)| format!("fn-{num}"));
                (note, a.segments(range, &here).into_iter().map(seg).collect())
            })
            .collect();
        let refs: Vec<PassageRefs> = here
            .iter()
            .filter_map(|&(_, p)| a.passages.get(p).map(|x| (p, x)))
            .map(|(p, x)| {
                let mut records: Vec<Link> = x.records.iter().map(|r| ctx.link(r)).collect();
                if x.meta {
                    records.push(Link {
                        href: "index.html".to_owned(),
                        text: crate::i18n::t("report.metadata").to_owned(),
                    });
                }
                let words = text::plain(a.text.get(x.start..x.end).unwrap_or_default());
                PassageRefs {
                    id: format!("q-{p}"),
                    excerpt: text::excerpt(&words.split_whitespace().collect::<Vec<_>>().join(" "), 90),
                    records,
                }
            })
            .collect();
        let previous = n.checked_sub(1).and_then(|p| a.blocks.get(p)).map(|p| p.kind);
        let next = a.blocks.get(n + 1).map(|p| p.kind);
        let list = list_of(b.kind);
        out.push(BlockView {
            anchor: b.para.map_or_else(|| format!("b-{}", n + 1), |p| format!("p-{p}")),
            para: b.para,
            level: match b.kind {
                BlockKind::Heading(l) => l,
                BlockKind::Paragraph => 0,
                BlockKind::Item | BlockKind::Numbered => 1,
                BlockKind::Rule => 9,
            },
            open: list.filter(|_| previous != Some(b.kind)),
            close: list.filter(|_| next != Some(b.kind)),
            lines,
            quoted_by: refs.iter().map(|r| r.records.len()).sum(),
            refs,
        });
    }
    out
}

pub fn render(ctx: &Ctx<'_>, site: &mut Site) -> Result<(), Error> {
    let (blocks, passages, unmatched) = match &ctx.report {
        Some(a) => (blocks(ctx, a), a.passages.len(), a.unmatched.iter().map(|r| ctx.link(r)).collect()),
        None => (Vec::new(), 0, Vec::new()),
    };
    let mut page = PageMeta::new(ctx, crate::i18n::t("report.title"), "report.html", "report.html");
    page.toc = blocks
        .iter()
        .filter(|b| (2..=4).contains(&b.level))
        .map(|b| (b.anchor.clone(), b.lines.iter().flat_map(|(_, l)| l).map(|s| s.text.as_str()).collect::<String>()))
        .collect();
    let page = ReportPage {
        page,
        number: ctx.d.meta().number().map_or_else(
            || ctx.d.meta().title().to_owned(),
            |n| format!("{} {n}", crate::i18n::t("common.council_document")),
        ),
        register: ctx.d.meta().number().as_ref().map(crate::context::register_url),
        has_text: ctx.report.is_some(),
        blocks,
        passages,
        unmatched,
    };
    emit(site, "report.html", &page)
}
