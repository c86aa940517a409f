"""core/melodi on the real recorded answers of INSEE's Melodi API (../shared/data/melodi)."""

import json

import pytest
import yaml

from abs_qgis.core.errors import AbsError
from abs_qgis.core.melodi import count_url, data_url, observation_rows, parse_answer, parse_filters
from tests.paths import shared


def _recorded(name, number):
    interaction = yaml.safe_load(shared("melodi/" + name).read_text(encoding="utf-8"))["http_interactions"][number]
    return interaction["request"]["uri"], interaction["response"]["body"]["string"]


def test_the_queries_are_those_insee_client_sends():
    filters = parse_filters("GEO=EPCI-244400404*COM; POPREF_MEASURE=PMUN")
    for number, build in ((0, count_url), (1, data_url)):
        uri, _body = _recorded("get_local_data_filter_by_com_popref.yml", number)
        assert build("https://api.insee.fr/melodi", "DS_POPULATIONS_REFERENCE", filters) == uri


def test_the_observations_become_a_long_table_the_join_reads():
    uri, body = _recorded("get_data_popref_nantes.yml", 1)
    observations, _count, following = parse_answer(body, uri)
    columns, rows = observation_rows(observations, uri)
    assert columns == ["GEO", "FREQ", "TIME_PERIOD", "POPREF_MEASURE", "OBS_VALUE"] and following is None
    expected = {
        o["dimensions"]["POPREF_MEASURE"]: o["measures"]["OBS_VALUE_NIVEAU"]["value"]
        for o in json.loads(body)["observations"]
    }
    assert {row[3]: float(row[4]) for row in rows} == expected and expected["PMUN"] == 327734


def test_an_answer_of_another_shape_names_the_field():
    uri, body = _recorded("get_data_popref_nantes.yml", 1)
    answer = json.loads(body)
    with pytest.raises(AbsError, match="« observations » absent"):
        parse_answer(json.dumps({"data": answer["observations"]}), uri)
    del answer["observations"][0]["dimensions"]["GEO"]
    observations, _count, _next = parse_answer(json.dumps(answer), uri)
    with pytest.raises(AbsError, match="Observation 1 .* sans « dimensions.GEO »"):
        observation_rows(observations, uri)
    with pytest.raises(AbsError, match="pas du JSON"):
        parse_answer("Le serveur a rencontré une erreur inattendue.", uri)
