"""What the status columns of INSEE's long tables (Melodi, SDMX) say about an observation.

``OBS_STATUS`` follows SDMX's code list (A normal value, E estimated, P provisional, O missing,
M cannot exist, L not collected, Q suppressed…); ``CONF_STATUS`` says whether the value may be
published (F free, C confidential, D secondary confidentiality, N not for publication). A value
that is confidential or missing becomes a *marker* (NULL with its French reason), never 0 — even
when the file writes 0 or a number in ``OBS_VALUE``.
"""

CONF_FREE = {"", "F", "FREE"}
# Reasons start with « secret » so that the secret knows them as secret at the source.
CONF_REASONS = {
    "C": "secret statistique à la source (CONF_STATUS = C)",
    "D": "secret statistique secondaire à la source (CONF_STATUS = D)",
    "N": "secret statistique : non publiable (CONF_STATUS = N)",
}
CONF_OTHER = "secret statistique à la source (CONF_STATUS autre que F)"
MISSING_REASONS = {
    "O": "valeur manquante à la source (OBS_STATUS = O)",
    "M": "sans objet à la source (OBS_STATUS = M)",
    "L": "non collectée à la source (OBS_STATUS = L)",
    "H": "sans objet à la source (OBS_STATUS = H)",
    "K": "non diffusée à la source (OBS_STATUS = K)",
    "N": "non significative à la source (OBS_STATUS = N)",
    "Q": "secret statistique : valeur supprimée à la source (OBS_STATUS = Q)",
}
# Statuses of a value that is there and published, but worth saying in the log.
VALUE_NOTES = {
    "E": "estimée",
    "P": "provisoire",
    "B": "rupture de série",
    "D": "définition différente",
    "I": "imputée",
    "U": "peu fiable",
    "W": "incluant une autre catégorie",
    "F": "prévision",
}
ABSENT = "absente du fichier long (aucune ligne pour ce territoire)"
UNREADABLE = "valeur illisible dans le fichier source"


def status_reason(obs_status, conf_status):
    """The marker reason of an observation with these statuses, or ``None`` (a value to keep)."""
    conf = (conf_status or "").strip().upper()
    if conf not in CONF_FREE:
        return CONF_REASONS.get(conf, CONF_OTHER)
    return MISSING_REASONS.get((obs_status or "").strip().upper())


def all_reasons():
    """Every reason the long tables write in a cell, so that the number parser knows them as markers."""
    return list(CONF_REASONS.values()) + [CONF_OTHER] + list(MISSING_REASONS.values()) + [ABSENT, UNREADABLE]
