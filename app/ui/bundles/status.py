"""The status bar's "bundle v42 (3 days)", with a gentle warning when it is old or expired."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.bundles.history import current_bundle
from app.i18n import Words
from app.kit import Kit
from app.store import db
from app.ui.language import local_text

GENTLE = "color: #7a5200; background: #fff3cd; padding: 0 6px;"


class BundleStatusLabel(QLabel):
    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kit = kit
        self.refresh()

    def refresh(self) -> None:
        """Read the applied bundle; the label changes only when what it says does (it is read
        again every few seconds: a bundle applied from the command line shows)."""
        try:
            text, tip, style = self._said()
        except db.DatabaseError:  # the store was closed under the window (locked): nothing to read
            return
        if (text, tip, style) != (self.text(), self.toolTip(), self.styleSheet()):
            self.setText(text)
            self.setToolTip(tip)
            self.setStyleSheet(style)

    def _said(self) -> tuple[str, str, str]:
        applied = current_bundle(self.kit.store.conn)
        if applied is None:
            return (
                self.tr("no bundle"),
                self.tr("No contact bundle applied yet: Kit ▸ Import contact bundle…"),
                GENTLE,
            )
        age = applied.age_days()
        text = self.tr("bundle v{version} (%n day(s))", "", age).format(version=applied.version)
        tip = self.tr(
            "{name} version {version}, issued {issued}, signed by the {role} key {key_id}"
        ).format(
            name=applied.name,
            version=applied.version,
            issued=local_text(applied.issued),
            role=Words.tr(applied.signer_role),
            key_id=applied.signer_key_id,
        )
        if applied.expired():
            text += self.tr(" · expired")
            tip += self.tr(". It has expired: ask IT for a fresh bundle.")
            return text, tip, GENTLE
        if applied.old(days := self.kit.settings.get("bundle_old_days")):
            text += self.tr(" · old")
            tip += self.tr(". Older than %n day(s): ask IT whether a newer one exists.", "", days)
            return text, tip, GENTLE
        return text, tip, ""
