"""Reports: plain data (Report → sections → tables) rendered to HTML, CSV, XLSX (and PDF in
app/ui/pdf.py, which needs Qt)."""

from app.reports.render import Report, ReportSection, Table, render_html, write_csv, write_table_csv

__all__ = ["Report", "ReportSection", "Table", "render_html", "write_csv", "write_table_csv"]
