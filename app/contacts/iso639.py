"""Language codes a contact or template may carry: the primary subtag must be an ISO 639-1
code ("uk" is Ukrainian; "ua" is Ukraine's country code and no language). A bundle that
says "ua" would otherwise pass, and its partners silently get the fallback template."""

from __future__ import annotations

from app.i18n import Msg

# the ISO 639-1 codes (184, with the withdrawn "bh" and "sh" that older systems still write)
_CODES = (
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs "
    "cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha "
    "he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn "
    "ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb "
    "nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd "
    "se sg sh si sk sl sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw "
    "ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu"
)
ISO_639_1 = frozenset(_CODES.split())

# codes written for a language that are no ISO 639-1 code: mostly a country's code
# (ua Ukraine → uk Ukrainian), or a withdrawn one (iw → he). A country code that is also
# a language (se Northern Sami, ee Ewe, br Breton, si Sinhala, kr Kanuri) is that
# language: it cannot be told apart, and is not listed.
CONFUSED = {
    "ua": "uk",
    "cz": "cs",
    "dk": "da",
    "gr": "el",
    "jp": "ja",
    "cn": "zh",
    "rs": "sr",
    "us": "en",
    "gb": "en",
    "at": "de",
    "vn": "vi",
    "kz": "kk",
    "by": "be",
    "il": "he",
    "iw": "he",
    "in": "id",
    "ji": "yi",
    "sp": "es",
    "ir": "fa",
}


def language_problem(language: str) -> str | None:
    """Why `language` ("ua", "pt-BR") cannot be a partner's language, or None."""
    primary = language.split("-")[0].lower()
    if primary in ISO_639_1:
        return None
    hint = CONFUSED.get(primary)
    if hint is not None:
        return Msg.tr(
            "{code} is not a language code (ISO 639-1); did you mean {hint}? Write the "
            "language, not the country: uk for Ukrainian, cs for Czech, el for Greek."
        ).format(code=primary, hint=hint)
    return Msg.tr(
        "{code} is not a language code (ISO 639-1, two letters, e.g. en, pl, uk; "
        "with a region pt-BR)."
    ).format(code=primary)
