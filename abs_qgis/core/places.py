"""French names of places with their article: « dans le Puy-de-Dôme », « en Auvergne-Rhône-Alpes »,
« dans la CC Ambert Livradois Forez », « au Cendre » — for the sentences of the ABS document.

INSEE writes the article of every name of its geographic code as a number, the TNCC (« type de nom
en clair »): 0 no article (consonant), 1 no article (vowel or mute h), 2 le, 3 la, 4 les, 5 l',
6 aux, 7 las, 8 los. When a table gives it, it is used; otherwise the article is inferred from the
name, with the rules of French and the few exceptions of the names of départements and régions.
"""

import unicodedata

ARTICLES = {2: "le", 3: "la", 4: "les", 5: "l'", 6: "aux", 7: "las", 8: "los"}
GROUP_WORDS = ("cc ", "ca ", "cu ", "communaute", "metropole", "syndicat", "agglomeration", "sivom", "pays ")
MASCULINE_FIRST_WORDS = {"finistere", "vaucluse", "rhone", "maine", "puy", "val", "territoire", "grand", "centre"}
SINGULAR_FIRST_WORDS = {"calvados", "doubs", "gers", "pas", "paris"}
PLURAL_FIRST_WORDS = {"pays"}  # « les Pays de la Loire » (the région)


def _plain(text):
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()


def _first_word(name):
    return _plain(name).replace("'", "-").replace(" ", "-").split("-")[0]


MUTE_H_FIRST_WORDS = {"herault", "hotel", "hopital", "huismes"}  # most place names have an aspirated h


def _starts_with_vowel(name):
    plain = _plain(name)
    return bool(plain) and (plain[0] in "aeiouy" or _first_word(name) in MUTE_H_FIRST_WORDS)


def inferred_tncc(name, kind):
    """INSEE's TNCC code guessed from a name of kind commune, epci, departement, region, pays."""
    lowered = name.strip().lower()
    for article, code in (("les ", 4), ("le ", 2), ("la ", 3), ("l'", 5), ("l\u2019", 5), ("aux ", 6)):
        if lowered.startswith(article):
            return -code  # the article is already written in the name
    plain = _plain(name)
    if kind == "epci" or (kind not in ("region", "departement") and plain.startswith(GROUP_WORDS)):
        return 2 if plain.startswith("pays ") else 3  # le Pays de…, la CC / la Communauté…
    if kind in ("commune", "autre"):
        return 1 if _starts_with_vowel(name) else 0
    first = _first_word(name)
    if first in PLURAL_FIRST_WORDS or (first.endswith(("s", "x")) and first not in SINGULAR_FIRST_WORDS):
        return 4  # les Landes, les Ardennes, les Hauts-de-France
    if _starts_with_vowel(name):
        return 5
    if first.endswith("e") and first not in MASCULINE_FIRST_WORDS:
        return 3
    return 2


def without_article(name):
    """« la CC Thiers Dore et Montagne » → « CC Thiers Dore et Montagne » (a file name, a title)."""
    for article in ("les ", "le ", "la ", "aux "):
        if name.lower().startswith(article):
            return name[len(article) :]
    for article in ("l'", "l\u2019"):
        if name.lower().startswith(article):
            return name[len(article) :]
    return name


def in_place(name, kind="autre", tncc=None):
    """« dans le Puy-de-Dôme », « en Bretagne », « à Ambert », « au Cendre », « en France »."""
    if _plain(name) == "paris":
        return "à Paris"
    code = inferred_tncc(name, kind) if tncc is None else int(tncc)
    written = code < 0  # the name starts with its own article
    code, bare = abs(code), without_article(name) if code < 0 else name
    if kind == "commune":
        if code == 2:
            return "au " + bare
        if code in (4, 6):
            return "aux " + bare
        return "à " + (name if written or code not in (3, 5) else ARTICLES[code].capitalize() + bare)
    if written and kind in ("region", "departement"):
        return "à " + name  # « à La Réunion »
    if kind in ("region", "pays") and code in (0, 1, 3, 5):
        return "en " + bare
    if code in ARTICLES:
        article = ARTICLES[code]
        return "dans " + (article + bare if article.endswith("'") else "{} {}".format(article, bare))
    return "dans " + name


def of_place(name, kind="autre", tncc=None):
    """« du Puy-de-Dôme », « de la CC Ambert Livradois Forez », « d'Ambert », « des Landes »."""
    code = inferred_tncc(name, kind) if tncc is None else int(tncc)
    code, bare = abs(code), without_article(name) if code < 0 else name
    if code == 2:
        return "du " + bare
    if code in (4, 6):
        return "des " + bare
    if code == 3:
        return "de la " + bare
    if code == 5:
        return "de l'" + bare
    return ("d'" if _starts_with_vowel(bare) else "de ") + bare


def kind_of_level(level_label):
    """The kind of place of a reference row's level label (« Département », « Région »…)."""
    plain = _plain(level_label or "")
    if plain.startswith("departement"):
        return "departement"
    if plain.startswith("region"):
        return "region"
    if plain.startswith("commune"):
        return "commune"
    if plain in ("france", "pays"):
        return "pays"
    return "autre"
