from abs_qgis.core.frenchformat import decimals_for, format_number, range_label, slugify

NNBSP = "\u202f"


def test_format_number_french():
    assert format_number(12345.678, 1) == "12" + NNBSP + "345,7"
    assert format_number(1234567, 0) == "1" + NNBSP + "234" + NNBSP + "567"
    assert format_number(0.5, 2) == "0,50"
    assert format_number(-0.01, 1) == "0,0"
    assert format_number(-1500.26, 1) == "-1" + NNBSP + "500,3"
    assert format_number(None) == ""


def test_decimals_for_class_bounds():
    assert decimals_for([4.91, 12.0, 115.3]) == 2
    assert decimals_for([120.0, 4500.0]) == 0
    assert decimals_for([0.034, 0.5]) == 4
    assert decimals_for([0.0]) == 0


def test_range_label():
    assert range_label(4.914, 12.0, 1) == "de 4,9 à 12,0"
    assert range_label(0.0, 0.0, 2) == "0,00"  # a class holding one value (communes with no birth)


def test_slugify():
    assert slugify("Densité de population (hab./km²)") == "densite_de_population_hab_km2"
    assert slugify("Indice de vieillissement — 63001") == "indice_de_vieillissement_63001"
    assert slugify("???") == "carte"
