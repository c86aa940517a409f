"""abs:createofferlayer — the offer layer to keep by hand: GeoPackage, form, constraints, style."""

import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFileDestination,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from ..cartography.styles import offer_renderer
from ..core.offer import CATEGORIES
from ..i18n import tr_print
from .base import AbsAlgorithm

LAYER_NAME = "offre"
# (name, QGIS memory type, French alias)
FIELDS = (
    ("finess", "string(9)", "N° FINESS (établissement)"),
    ("nom", "string(254)", "Nom"),
    ("categorie", "string(40)", "Catégorie"),
    ("places_permanentes", "integer", "Places d'hébergement permanent"),
    ("places_temporaires", "integer", "Places d'hébergement temporaire"),
    ("places_accueil_jour", "integer", "Places d'accueil de jour"),
    ("code_commune", "string(5)", "Code INSEE de la commune"),
    ("adresse", "string(254)", "Adresse"),
    ("gestionnaire", "string(254)", "Gestionnaire"),
    ("statut_juridique", "string(80)", "Statut juridique"),
    ("habilitation_aide_sociale", "boolean", "Habilité à l'aide sociale"),
    ("date_maj", "date", "Date de mise à jour"),
    ("source", "string(254)", "Source"),
    ("commentaire", "string(1000)", "Commentaire"),
)
FINESS_RULE = (
    '"finess" IS NULL OR (regexp_match("finess", \'^[0-9]{9}$\') AND array_sum(array_foreach(generate_series(0, 8), '
    "with_variable('d', to_int(substr(\"finess\", 9 - @element, 1)), "
    "if(@element % 2 = 1, if(@d * 2 > 9, @d * 2 - 9, @d * 2), @d)))) % 10 = 0)"
)


class CreateOfferLayerAlgorithm(AbsAlgorithm):
    NAME = "createofferlayer"
    GROUP = "offer"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Create the offer layer")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Writes a GeoPackage point layer to keep the social and medico-social offer by hand: FINESS number, "
            "name, category (value list), capacities, commune, address, operator, status, welfare "
            "authorisation, update date (today by default), source, comment. Its edit form, its constraints "
            "(FINESS check digit, capacities ≥ 0, category required) with French messages and its style by "
            "category are stored in the GeoPackage as the default style."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(
            QgsProcessingParameterCrs(
                "CRS",
                self.tr("Coordinate reference system (Lambert-93 if empty)"),
                QgsCoordinateReferenceSystem("EPSG:2154"),
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterBoolean("OVERWRITE", self.tr("Replace existing files"), False))
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "OUTPUT", self.tr("Offer GeoPackage"), fileFilter=self.tr("GeoPackage (*.gpkg)")
            )
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        path = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        if os.path.exists(path) and not self.parameterAsBoolean(parameters, "OVERWRITE", context):
            raise QgsProcessingException(
                self.tr("The file {} already exists: choose another folder or set OVERWRITE").format(path)
            )
        crs = self.parameterAsCrs(parameters, "CRS", context)
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem("EPSG:2154")
        uri = "Point?crs={}&{}".format(crs.authid(), "&".join("field={}:{}".format(n, t) for n, t, _a in FIELDS))
        memory = QgsVectorLayer(uri, LAYER_NAME, "memory")
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName, options.layerName = "GPKG", LAYER_NAME
        error = QgsVectorFileWriter.writeAsVectorFormatV3(memory, path, QgsCoordinateTransformContext(), options)
        if error[0] != QgsVectorFileWriter.NoError:
            raise QgsProcessingException(self.tr("Cannot write {}: {}").format(path, error[1]))
        layer = QgsVectorLayer("{}|layername={}".format(path, LAYER_NAME), LAYER_NAME, "ogr")
        configure_form(layer)
        message = layer.saveStyleToDatabase("abs_qgis", tr_print("Offer form and style (abs_qgis)"), True, "")
        if message:
            feedback.pushWarning(message)
        return {"OUTPUT": path}


def _constraint(layer, name, expression, description):
    index = layer.fields().lookupField(name)
    layer.setConstraintExpression(index, expression, description)
    layer.setFieldConstraint(
        index, QgsFieldConstraints.ConstraintExpression, QgsFieldConstraints.ConstraintStrengthHard
    )


def configure_form(layer):
    """Aliases, value list, constraints with French messages, default date, style by category."""
    fields = layer.fields()
    for name, _type, alias in FIELDS:
        layer.setFieldAlias(fields.lookupField(name), alias)
    category = fields.lookupField("categorie")
    layer.setEditorWidgetSetup(category, QgsEditorWidgetSetup("ValueMap", {"map": [{c: c} for c in CATEGORIES]}))
    layer.setFieldConstraint(
        category, QgsFieldConstraints.ConstraintNotNull, QgsFieldConstraints.ConstraintStrengthHard
    )
    _constraint(
        layer,
        "categorie",
        '"categorie" IN ({})'.format(", ".join("'{}'".format(c.replace("'", "''")) for c in CATEGORIES)),
        tr_print("choose a category of the list"),
    )
    _constraint(layer, "finess", FINESS_RULE, tr_print("FINESS number: 9 digits with a valid check digit"))
    for name in ("places_permanentes", "places_temporaires", "places_accueil_jour"):
        _constraint(layer, name, '"{0}" IS NULL OR "{0}" >= 0'.format(name), tr_print("a capacity cannot be negative"))
    _constraint(
        layer,
        "code_commune",
        '"code_commune" IS NULL OR regexp_match("code_commune", \'^([0-9]{5}|2[AB][0-9]{3})$\')',
        tr_print("INSEE code of 5 characters (e.g. 63113, 2A004)"),
    )
    layer.setDefaultValueDefinition(fields.lookupField("date_maj"), QgsDefaultValue("to_date(now())", True))
    layer.setRenderer(offer_renderer())
