"""The parameters of « Agréger les territoires » (abs:aggregateterritories), in the order its
dialog shows them."""

from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ...compat import SOURCE_POLYGON, SOURCE_VECTOR
from ..layers.flags import advanced
from .catalogue_parameters import add_catalogue_parameters


def _groups(algorithm):
    """The communes and how they are grouped (a field, or a table commune → group)."""
    algorithm.addParameter(
        QgsProcessingParameterFeatureSource(
            algorithm.INPUT, algorithm.tr("Communes with source columns"), [SOURCE_POLYGON]
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterField(
            algorithm.GROUP_FIELD,
            algorithm.tr("Grouping field (EPCI, sector…), or leave empty and give a grouping table"),
            parentLayerParameterName=algorithm.INPUT,
            optional=True,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterFile(
            algorithm.GROUP_TABLE,
            algorithm.tr("Grouping table: commune code → group (CSV, XLSX…), optional"),
            optional=True,
            fileFilter=algorithm.tr("Tables (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods);;All files (*)"),
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterString(
            algorithm.GROUP_TABLE_FIELD,
            algorithm.tr("Group column of the table (first other column if empty)"),
            optional=True,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterString(
            algorithm.GROUP_TABLE_NAME, algorithm.tr("Group name column of the table, optional"), optional=True
        )
    )


def _values_given(algorithm):
    """Values the producers give or publish at the groups' level, the groups' names, the indicators."""
    algorithm.addParameter(
        QgsProcessingParameterFile(
            algorithm.PROVIDED,
            algorithm.tr("Values given by the source at the groups' level (e.g. Filosofi file of the EPCI), optional"),
            optional=True,
            fileFilter=algorithm.tr("Tables (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods);;All files (*)"),
        )
    )
    published = QgsProcessingParameterString(
        algorithm.PUBLISHED,
        algorithm.tr(
            "Values published by the producer for a level (non-summable indicators): level=file=source, "
            "separated by « ; » (e.g. EPCI=filosofi_epci_2016.csv=INSEE, Filosofi 2016), optional"
        ),
        optional=True,
    )
    algorithm.addParameter(advanced(published))
    algorithm.addParameter(
        advanced(
            QgsProcessingParameterString(
                algorithm.TERRITORY_NAME, algorithm.tr("Name of the studied territory, optional"), optional=True
            )
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterField(
            algorithm.NAME_FIELD,
            algorithm.tr("Group name field (optional)"),
            parentLayerParameterName=algorithm.INPUT,
            optional=True,
        )
    )
    add_catalogue_parameters(algorithm)


def _references(algorithm):
    """The reference territories (département, région, France, territories of comparison)."""
    algorithm.addParameter(
        QgsProcessingParameterFeatureSource(
            algorithm.REFERENCE_LAYER,
            algorithm.tr("Wider layer for the references (same columns), optional"),
            [SOURCE_VECTOR],
            optional=True,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterString(
            algorithm.REFERENCE_FIELDS,
            algorithm.tr("Reference levels: fields of both layers, comma-separated (e.g. DEP,REG)"),
            optional=True,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterBoolean(
            algorithm.REFERENCE_WHOLE, algorithm.tr("Also the whole reference layer as a reference"), True
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterString(
            algorithm.REFERENCE_WHOLE_NAME, algorithm.tr("Name of the whole reference layer"), defaultValue="France"
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterString(
            algorithm.REFERENCE_EQUIVALENTS,
            algorithm.tr(
                "Territories of comparison in the reference layer: field=code=name, separated by « ; » "
                "(e.g. EPCI=200070712=CC Thiers Dore et Montagne), optional"
            ),
            optional=True,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterBoolean(
            algorithm.ALLOW_PARTIAL,
            algorithm.tr("Sum over the communes that have a value when some have none (flagged « partiel »)"),
            False,
        )
    )


def _outputs(algorithm):
    """The groups with their indicators, the territory and its references."""
    algorithm.addParameter(
        QgsProcessingParameterFeatureSink(algorithm.OUTPUT, algorithm.tr("Groups with indicators"), SOURCE_POLYGON)
    )
    algorithm.addParameter(
        QgsProcessingParameterFeatureSink(algorithm.REFERENCES, algorithm.tr("Territory and references"), SOURCE_VECTOR)
    )


def add_aggregate_parameters(algorithm):
    for add in (_groups, _values_given, _references, _outputs):
        add(algorithm)
