"""A heading in a PDF report is never left alone at the foot of a page: it starts the next
page with its table (the write-off report's "By month of call" used to end page 2)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from app.ui.pdf import write_pdf


def _pages(pdf: Path) -> list[str]:
    """Each page's text, as a reader copying from it gets it (pypdf, not poppler's pdftotext:
    this test runs under Windows Python in the window lane too, where there is no poppler)."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages]


def test_a_heading_near_a_page_foot_moves_to_the_next_page_with_its_table(
    tmp_path: Path,
) -> None:
    table = "".join(f"<tr><td>Month row {i}</td><td>{i}</td></tr>" for i in range(1, 6))
    # filler of every length from well short of a page to past it: for some of them the
    # heading falls at the foot of page 1
    for lines in range(40, 76):
        filler = "".join(f"<p>Filler line {i}</p>" for i in range(lines))
        html = (
            f"<html><body><h1>Write-off report</h1>{filler}"
            f"<h2>Totals</h2><h3>By month of call</h3><table>{table}</table></body></html>"
        )
        pdf = tmp_path / f"report-{lines}.pdf"
        write_pdf(html, pdf, title="Write-off report")
        pages = _pages(pdf)
        [with_heading] = [p for p in pages if "By month of call" in p]
        assert "Month row 1" in with_heading and "Month row 2" in with_heading, lines
        assert "Totals" in with_heading, lines  # a heading right above goes along
