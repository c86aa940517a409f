"""The parameters of « Joindre une table d'indicateurs » (abs:joinindicators), in the order its
dialog shows them."""

from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...compat import NUMBER_INTEGER, SOURCE_POLYGON, SOURCE_VECTOR
from ..layers.flags import advanced


def _layer_and_table(algorithm):
    """The communes, their code field and the table as received."""
    algorithm.addParameter(
        QgsProcessingParameterFeatureSource(algorithm.COMMUNES, algorithm.tr("Commune polygons"), [SOURCE_POLYGON])
    )
    algorithm.addParameter(
        advanced(
            QgsProcessingParameterField(
                algorithm.COMMUNE_FIELD,
                algorithm.tr("INSEE code field of the communes (detected if empty)"),
                parentLayerParameterName=algorithm.COMMUNES,
                optional=True,
            )
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterFile(
            algorithm.TABLE,
            algorithm.tr("Indicator table: CSV, TXT, XLSX, XLS or ODS file, or the id or name of a project layer"),
            # "(*)" last: a project layer's id has no extension, and must pass the check.
            fileFilter=algorithm.tr("Tables (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods);;All files (*)"),
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterString(
            algorithm.SHEET, algorithm.tr("Sheet (spreadsheets; first sheet if empty)"), optional=True
        )
    )
    algorithm.addParameter(
        advanced(
            QgsProcessingParameterString(
                algorithm.RENAME,
                algorithm.tr(
                    "Columns to rename, old=new;… (e.g. pop_0_14_2022=P22_POP0014: names the catalogue knows)"
                ),
                optional=True,
            )
        )
    )
    algorithm.addParameter(
        advanced(
            QgsProcessingParameterString(
                algorithm.DIMENSIONS,
                algorithm.tr(
                    "Long tables (one row per observation, OBS_VALUE): dimension values to keep, "
                    "DIMENSION=value1,value2;… (e.g. SEX=_T; all if empty)"
                ),
                optional=True,
            )
        )
    )


def _reading(algorithm):
    """How the table is read: header row, code column, duplicates, labels."""
    algorithm.addParameter(
        advanced(
            QgsProcessingParameterNumber(
                algorithm.HEADER_ROW,
                algorithm.tr("Header row, 1 = first line (0 = detect)"),
                NUMBER_INTEGER,
                0,
                minValue=0,
            )
        )
    )
    algorithm.addParameter(
        advanced(
            QgsProcessingParameterString(
                algorithm.TABLE_FIELD, algorithm.tr("Code column of the table (detected if empty)"), optional=True
            )
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterFile(
            algorithm.PASSAGE, algorithm.tr("Commune code history (passage table), optional"), optional=True
        )
    )
    algorithm.addParameter(
        advanced(
            QgsProcessingParameterFile(
                algorithm.META,
                algorithm.tr(
                    "INSEE variable dictionary (meta_*.CSV) for French field aliases; found next to the table if empty"
                ),
                optional=True,
            )
        )
    )
    algorithm.addParameter(
        advanced(
            QgsProcessingParameterBoolean(
                algorithm.SUM_DUPLICATES, algorithm.tr("Sum rows with the same code instead of stopping"), False
            )
        )
    )


def _geography(algorithm):
    """The polygons' level and the code history (merged and split communes)."""
    algorithm.addParameter(
        advanced(
            QgsProcessingParameterEnum(
                algorithm.LEVEL,
                algorithm.tr("Geographic level of the polygons"),
                options=[
                    algorithm.tr("Detect from the codes"),
                    algorithm.tr("Commune"),
                    algorithm.tr("IRIS"),
                    algorithm.tr("Quartier prioritaire (QPV)"),
                    algorithm.tr("EPCI"),
                    algorithm.tr("Sector"),
                    algorithm.tr("Département"),
                    algorithm.tr("Région"),
                ],
                defaultValue=0,
            )
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterBoolean(
            algorithm.SUM_IRIS,
            algorithm.tr("IRIS table onto communes: sum the IRIS into their commune (counts only)"),
            False,
        )
    )
    algorithm.addParameter(
        advanced(
            QgsProcessingParameterString(
                algorithm.SECRET_FLAG,
                algorithm.tr("Column flagging rows suppressed at the source (CAF files: NOTE; detected if empty)"),
                optional=True,
            )
        )
    )
    algorithm.addParameter(
        advanced(
            QgsProcessingParameterFile(
                algorithm.MOVEMENTS,
                algorithm.tr(
                    "INSEE commune movements (v_mvt_commune), to detect communes split since the table, optional"
                ),
                optional=True,
                fileFilter=algorithm.tr("Tables (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods);;All files (*)"),
            )
        )
    )
    algorithm.addParameter(
        advanced(
            QgsProcessingParameterBoolean(
                algorithm.UPDATE_GEOMETRY,
                algorithm.tr(
                    "Dissolve the polygons of communes the table counts as one commune "
                    "(merged since the layer, or split since the table)"
                ),
                False,
            )
        )
    )


def _outputs(algorithm):
    """The joined layer and the rows not joined."""
    algorithm.addParameter(
        QgsProcessingParameterFeatureSink(algorithm.OUTPUT, algorithm.tr("Communes with indicators"), SOURCE_POLYGON)
    )
    algorithm.addParameter(
        QgsProcessingParameterFeatureSink(algorithm.UNMATCHED, algorithm.tr("Rows not joined"), SOURCE_VECTOR)
    )


def add_join_parameters(algorithm):
    for add in (_layer_and_table, _reading, _geography, _outputs):
        add(algorithm)
