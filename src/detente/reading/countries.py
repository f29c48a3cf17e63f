"""Countries as parties: names, common alternative names, capitals and demonyms from the `countryinfo` package.

A report about a war the pack never heard of still names states ("Sudan", "the Congolese army",
"Armenian Prime Minister ..."); this gazetteer turns each of those words into the country's short name.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_DOMINANT = 50  # a demonym two countries share names the one fifty times as populous (France, not Réunion)


@dataclass(frozen=True)
class Gazetteer:
    """Lookups from the words a report uses to the country's common short name."""

    names: dict[str, str]  # "Sudan", "Republic of the Sudan", "Khartoum", "DR Congo" -> "Sudan" ...
    demonyms: dict[str, str]  # "Sudanese" -> "Sudan"
    shared: dict[str, tuple[str, ...]]  # "Congolese" -> both Congos: the report must name one of them


def _usable(name: str) -> bool:
    """Alternative spellings worth matching: readable English names, not ISO codes or native scripts."""
    return len(name) > 3 and _folded(name).isascii() and any(c.islower() for c in name) and "," not in name


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Every country once; ambiguous words (a demonym shared by two Congos) go to neither, unless one of the
    countries sharing it dwarfs the others."""
    import countryinfo

    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    candidates: dict[str, list[tuple[int, str]]] = {}
    extra: dict[str, list[tuple[int, str]]] = {}  # forms the package lacks, used where no country claims them
    clashes: set[str] = set()

    def put(table: dict[str, str], word: str, country: str) -> None:
        if word in table and table[word] != country:
            clashes.add(word)
        table.setdefault(word, country)

    for info in countryinfo.all_countries():
        try:
            country = info.name()
        except Exception:  # noqa: BLE001 - a malformed record in the package's data is skipped
            continue
        if not country or "," in country or "Outlying" in country:
            continue
        full = country
        country = _common_name(country, info.alt_spellings() or [])
        put(names, country, country)
        if " of the " in full:
            put(names, full.replace(" of the ", " of "), country)  # "Democratic Republic of Congo"
        codes = {_code(info, 2), _code(info, 3)}
        for alt in info.alt_spellings() or []:
            if _usable(alt) or (alt.isupper() and 2 <= len(alt) <= 4 and alt not in codes):
                put(names, alt, country)  # "UAE", "DRC": abbreviations news uses, not ISO codes
        capital = info.capital() or ""
        capital = (capital if isinstance(capital, str) else "").split(" D.C.")[0].strip()
        for form in dict.fromkeys((capital, _folded(capital))):  # "Yaoundé" and "Yaounde", "Bogotá"
            if _usable(form):
                put(names, form, country)
        demonym = info.demonym() or ""
        forms = _demonym_forms(country, demonym if isinstance(demonym, str) else "")
        if forms and forms[0] == demonym:
            candidates.setdefault(demonym, []).append((_population(info), country))
        for word in forms:
            if word != demonym:
                extra.setdefault(word, []).append((_population(info), country))
    for word, held_by in extra.items():
        if word not in candidates:  # "Serbian" stays Serbia's, not also "Serbia and Montenegro"'s
            candidates[word] = held_by
    for word in clashes:
        names.pop(word, None)
    shared: dict[str, tuple[str, ...]] = {}
    for word, held_by in candidates.items():
        held_by.sort(reverse=True)
        if len(held_by) == 1 or held_by[0][0] >= _DOMINANT * max(held_by[1][0], 1):
            demonyms[word] = held_by[0][1]  # "French" is France, not Martinique; "Congolese" stays unresolved
        else:
            shared[word] = tuple(country for _, country in held_by)
    return Gazetteer(names, demonyms, shared)


def _folded(name: str) -> str:
    """A Latin name without its accents, as some outlets write it: "Bogota" for "Bogotá"; other scripts stay."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return bare if bare.isascii() else name


def _demonym_forms(country: str, given: str) -> list[str]:
    """The package's demonyms ("Bosnian,Herzegovinian" split) and the forms news uses that it lacks:
    "Kyrgyz", "Tajik", "Kazakh", "Uzbek" for the -stan countries, "Ecuadorian" beside "Ecuadorean"."""
    forms = [w.strip() for w in given.replace("/", ",").split(",") if w.strip() and w.strip().isascii()]
    if country.endswith("stan"):
        stem = country[:-5] if country.endswith("istan") else country[:-4]
        if len(stem) >= 4:
            forms.append(stem)
    forms += [w[:-3] + "ian" for w in forms if w.endswith("ean")]
    return list(dict.fromkeys(forms))


def _code(info, digits: int) -> str | None:
    try:
        return info.iso(digits)
    except Exception:  # noqa: BLE001 - a record without codes has none to avoid
        return None


def _population(info) -> int:
    try:
        return int(info.population() or 0)
    except Exception:  # noqa: BLE001 - a record without a population counts as none
        return 0


def _common_name(name: str, alternatives: list[str]) -> str:
    """The short common name news uses: "DR Congo" for "Democratic Republic of the Congo"."""
    if len(name.split()) < 4 or name.split()[0] not in ("Democratic", "Republic", "Federated", "United"):
        return name
    usable = [a for a in alternatives if _usable(a) and " " in a and len(a) < len(name)]
    return min(usable, key=len) if usable else name
