"""Template lookup: stored beats shipped, languages fall back to English, local edits."""

from __future__ import annotations

import pytest

from app.errors import UserError
from app.kit import Kit
from app.notices.catalog import TemplateCatalog


def _catalog(kit: Kit) -> TemplateCatalog:
    return TemplateCatalog(conn=kit.store.conn, audit=kit.audit)


def test_shipped_template_found_for_each_language(kit: Kit) -> None:
    catalog = _catalog(kit)
    for language in ("en", "pl", "pt-BR"):
        found = catalog.get("disaster", "initial", language)
        assert found.language == language
        assert found.origin == "shipped"
        assert not found.is_fallback


def test_unknown_language_falls_back_to_english(kit: Kit) -> None:
    found = _catalog(kit).get("downtime", "completed", "sv", "sms")
    assert found.language == "en"
    assert found.is_fallback
    assert found.requested == "sv"


def test_local_edit_overrides_and_is_audited_then_removed(kit: Kit) -> None:
    catalog = _catalog(kit)
    # the fields the stage's other languages ask: a local edit must ask the same
    shipped = catalog.shipped()[("disaster", "initial", "en", "email")]
    source = shipped.replace("Subject: ", "Subject: LOCAL ", 1)
    catalog.save_local("disaster", "initial", "pl", "email", source)
    found = catalog.get("disaster", "initial", "pl")
    assert (found.origin, found.source) == ("local", source)
    assert kit.audit.entries(action_prefix="template.edited")
    catalog.remove_local("disaster", "initial", "pl", "email")
    assert catalog.get("disaster", "initial", "pl").origin == "shipped"
    assert kit.audit.entries(action_prefix="template.local_removed")


def test_local_edit_with_lint_problems_is_refused_and_nothing_stored(kit: Kit) -> None:
    catalog = _catalog(kit)
    with pytest.raises(UserError, match="Subject"):
        catalog.save_local("disaster", "initial", "pl", "email", "no subject {{ x }}")
    assert catalog.stored() == {}


def test_stage_that_does_not_belong_to_kind_is_refused(kit: Kit) -> None:
    with pytest.raises(UserError):
        _catalog(kit).save_local("disaster", "completed", "en", "email", "Subject: x\n\nbody\n")


def test_all_lists_one_effective_template_per_key(kit: Kit) -> None:
    catalog = _catalog(kit)
    shipped = catalog.shipped()[("downtime", "initial", "en", "email")]
    catalog.save_local(
        "downtime", "initial", "de", "email", shipped.replace("Subject:", "Subject: DE")
    )
    entries = catalog.all()
    keys = [e.key for e in entries]
    assert len(keys) == len(set(keys))
    assert ("downtime", "initial", "de", "email") in keys
    assert "de" in catalog.languages()
