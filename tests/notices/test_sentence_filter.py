"""SMS texts read as sentences whether or not the officer ended a field with a full stop."""

from __future__ import annotations

from app.notices.lint import template_fields
from app.notices.sandbox import ENV


def test_sentence_adds_a_full_stop_only_when_missing() -> None:
    template = ENV.from_string("{{ impact | sentence }} Since 03:10.")
    assert template.render(impact="SMS not delivered") == "SMS not delivered. Since 03:10."
    assert template.render(impact="SMS not delivered. ") == "SMS not delivered. Since 03:10."
    assert template.render(impact="Down!") == "Down! Since 03:10."


def test_a_filtered_field_is_still_a_required_field() -> None:
    assert "impact" in template_fields("{{ impact | sentence }}")
