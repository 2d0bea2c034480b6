"""The status bar's "bundle v42 (3 days)", with a gentle warning when it is old or expired."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.bundles.history import current_bundle
from app.i18n import Words
from app.kit import Kit
from app.ui.language import local_text

GENTLE = "color: #7a5200; background: #fff3cd; padding: 0 6px;"


class BundleStatusLabel(QLabel):
    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kit = kit
        self.refresh()

    def refresh(self) -> None:
        applied = current_bundle(self.kit.store.conn)
        if applied is None:
            self.setText(self.tr("no bundle"))
            self.setToolTip(self.tr("No contact bundle applied yet: Kit ▸ Import contact bundle…"))
            self.setStyleSheet(GENTLE)
            return
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
            self.setStyleSheet(GENTLE)
        elif applied.old(days := self.kit.settings.get("bundle_old_days")):
            text += self.tr(" · old")
            tip += self.tr(". Older than %n day(s): ask IT whether a newer one exists.", "", days)
            self.setStyleSheet(GENTLE)
        else:
            self.setStyleSheet("")
        self.setText(text)
        self.setToolTip(tip)
