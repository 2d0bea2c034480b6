"""A notice language's name in the kit's language ("pt-BR" → "Portuguese (Brazil)" in
English, "portugalski (Brazylia)" in Polish), for the officer reading a preview: the codes
stay in JSON and in the bundle's file names. A language the kit has no name for is shown
by its code."""

from __future__ import annotations

from app.i18n import Words, tr_noop

#: the languages partners are likely to read (a bundle may use any other: its code is shown)
NAMES = {
    "en": tr_noop("Words", "English"),
    "pl": tr_noop("Words", "Polish"),
    "pt": tr_noop("Words", "Portuguese"),
    "sv": tr_noop("Words", "Swedish"),
    "de": tr_noop("Words", "German"),
    "es": tr_noop("Words", "Spanish"),
    "fr": tr_noop("Words", "French"),
    "it": tr_noop("Words", "Italian"),
    "nl": tr_noop("Words", "Dutch"),
    "nb": tr_noop("Words", "Norwegian"),
    "no": tr_noop("Words", "Norwegian"),
    "da": tr_noop("Words", "Danish"),
    "fi": tr_noop("Words", "Finnish"),
    "cs": tr_noop("Words", "Czech"),
    "sk": tr_noop("Words", "Slovak"),
    "uk": tr_noop("Words", "Ukrainian"),
    "lt": tr_noop("Words", "Lithuanian"),
    "et": tr_noop("Words", "Estonian"),
    "lv": tr_noop("Words", "Latvian"),
    "hu": tr_noop("Words", "Hungarian"),
    "ja": tr_noop("Words", "Japanese"),
}
#: the regions a language code names (pt-BR, es-PE, en-GB)
REGIONS = {
    "BR": tr_noop("Words", "Brazil"),
    "PT": tr_noop("Words", "Portugal"),
    "PE": tr_noop("Words", "Peru"),
    "MX": tr_noop("Words", "Mexico"),
    "GB": tr_noop("Words", "United Kingdom"),
    "US": tr_noop("Words", "United States"),
}


def language_name(code: str) -> str:
    """`code`'s name in the kit's language, its region in brackets; an unknown one as the
    code itself (an unknown region as its code: "German (AT)")."""
    base, _, region = code.partition("-")
    name = NAMES.get(base.lower())
    if name is None:
        return code
    shown = Words.tr(name)
    if not region:
        return shown
    known = REGIONS.get(region.upper())
    return Words.tr("{language} ({region})").format(
        language=shown, region=Words.tr(known) if known else region
    )
