"""The status bar's "bundle v42 (3 days)", with a gentle warning when it is old or expired."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.bundles.history import current_bundle
from app.kit import Kit
from app.timefmt import local_text

GENTLE = "color: #7a5200; background: #fff3cd; padding: 0 6px;"


class BundleStatusLabel(QLabel):
    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kit = kit
        self.refresh()

    def refresh(self) -> None:
        applied = current_bundle(self.kit.store.conn)
        if applied is None:
            self.setText("no bundle")
            self.setToolTip("No contact bundle applied yet: Kit ▸ Import contact bundle…")
            self.setStyleSheet(GENTLE)
            return
        age = applied.age_days()
        text = f"bundle v{applied.version} ({age} day{'s' if age != 1 else ''})"
        tip = (
            f"{applied.name} version {applied.version}, issued {local_text(applied.issued)}, "
            f"signed by the {applied.signer_role} key {applied.signer_key_id}"
        )
        if applied.expired():
            text += " · expired"
            tip += ". It has expired: ask IT for a fresh bundle."
            self.setStyleSheet(GENTLE)
        elif applied.old(days := self.kit.settings.get("bundle_old_days")):
            text += " · old"
            tip += f". Older than {days} days: ask IT whether a newer one exists."
            self.setStyleSheet(GENTLE)
        else:
            self.setStyleSheet("")
        self.setText(text)
        self.setToolTip(tip)
