"""abs:createofferlayer — the offer layer to keep by hand: GeoPackage, form, constraints, style."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsVectorLayer,
)

from ...cartography.styles import offer_renderer
from ...compat import (
    CONSTRAINT_EXPRESSION,
    CONSTRAINT_HARD,
    CONSTRAINT_NOT_NULL,
    SOURCE_POLYGON,
    save_style_to_database,
)
from ...core.code_names import CODE_FIELD_CANDIDATES
from ...core.offer import CATEGORIES
from ...i18n import tr_print
from ..base import AbsAlgorithm
from .offer_store import GeoPackageStore, PostgresStore

LAYER_NAME = "offre"
COMMUNES_LAYER = "communes_offre"  # the communes copied beside the offer: the commune code's default
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
            "category are stored in the GeoPackage as the default style. With a commune layer, its polygons are "
            "copied into the GeoPackage (layer communes_offre): load it with the offer and the commune code of a "
            "facility is filled from its position when it is placed or moved."
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
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "COMMUNES",
                self.tr("Communes (commune code filled from the position)"),
                [SOURCE_POLYGON],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "COMMUNE_FIELD",
                self.tr("INSEE code field of the communes (detected if empty)"),
                parentLayerParameterName="COMMUNES",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "DATABASE",
                self.tr(
                    "Or a PostgreSQL/PostGIS database, for several editors at once: the name of a QGIS "
                    "connection, or « host=… dbname=… user=… » / « service=… » (optional)"
                ),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString("SCHEMA", self.tr("Schema of the database"), "public", optional=True)
        )
        self.addParameter(QgsProcessingParameterBoolean("OVERWRITE", self.tr("Replace existing files"), False))
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "OUTPUT", self.tr("Offer GeoPackage"), fileFilter=self.tr("GeoPackage (*.gpkg)"), optional=True
            )
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        database = self.parameterAsString(parameters, "DATABASE", context)
        path = None if database else self.parameterAsFileOutput(parameters, "OUTPUT", context)
        if not database and not path:
            raise QgsProcessingException(
                self.tr("Choose an « Offer GeoPackage » (OUTPUT) or a PostgreSQL database (DATABASE)")
            )
        store = (
            self.run_core(PostgresStore, database, self.parameterAsString(parameters, "SCHEMA", context))
            if database
            else GeoPackageStore(path)
        )
        if self.run_core(store.exists, LAYER_NAME) and not self.parameterAsBoolean(parameters, "OVERWRITE", context):
            raise QgsProcessingException(
                self.tr(
                    "The offer layer already exists in {}: choose another place or tick "
                    "« Replace existing files » (OVERWRITE)"
                ).format(store.label())
            )
        crs = self.parameterAsCrs(parameters, "CRS", context)
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem("EPSG:2154")
        uri = "Point?crs={}&{}".format(crs.authid(), "&".join("field={}:{}".format(n, t) for n, t, _a in FIELDS))
        memory = QgsVectorLayer(uri, LAYER_NAME, "memory")
        self.run_core(store.write, memory, LAYER_NAME, crs, context.transformContext(), True)
        layer = store.open(LAYER_NAME)
        if not layer.isValid():
            raise QgsProcessingException(
                self.tr("The offer layer written in {} cannot be opened").format(store.label())
            )
        configure_form(layer)
        if parameters.get("COMMUNES"):
            code_field = self._copy_communes(parameters, context, (store, crs), feedback)
            layer.setDefaultValueDefinition(
                layer.fields().lookupField("code_commune"), QgsDefaultValue(commune_default(code_field), True)
            )
        message = save_style_to_database(layer, "abs_qgis", tr_print("Offer form and style (abs_qgis)"))
        if message:
            feedback.pushWarning(message)
        feedback.pushInfo(self.tr("Offer layer written in {}").format(store.label()))
        return {"OUTPUT": path or store.uri(LAYER_NAME)}

    def _copy_communes(self, parameters, context, destination, feedback):
        """The communes (code and polygon, in the offer's CRS) as layer « communes_offre » beside the
        offer (same GeoPackage or database); returns the code field's name."""
        import processing

        store, crs = destination
        source = self.parameterAsSource(parameters, "COMMUNES", context)
        if source is None:
            raise QgsProcessingException(self.tr("The commune layer cannot be read"))
        names = source.fields().names()
        code_field = self.parameterAsString(parameters, "COMMUNE_FIELD", context) or next(
            (name for name in names if name.upper() in CODE_FIELD_CANDIDATES), None
        )
        if code_field not in names:
            raise QgsProcessingException(
                self.tr(
                    "No INSEE code field found in the commune layer ({}): choose it in « INSEE code field of the "
                    "communes » (COMMUNE_FIELD)"
                ).format(", ".join(names[:12]))
            )
        kept = processing.run(
            "native:retainfields",
            {"INPUT": parameters["COMMUNES"], "FIELDS": [code_field], "OUTPUT": "TEMPORARY_OUTPUT"},
            context=context,
            feedback=feedback,
            is_child_algorithm=True,
        )["OUTPUT"]
        communes = QgsProcessingUtils.mapLayerFromString(kept, context)
        self.run_core(store.write, communes, COMMUNES_LAYER, crs, context.transformContext(), False)
        feedback.pushInfo(
            self.tr("{} communes copied into the layer {} of {}").format(
                communes.featureCount(), COMMUNES_LAYER, store.label()
            )
        )
        return code_field


def commune_default(code_field):
    """The commune code's default: the code of the commune under the facility, from the layer
    « communes_offre » loaded from the offer's GeoPackage or database — found by its source, whatever
    its name in the layers panel (QGIS names it « offre — communes_offre » when the file is added
    whole); with several offers in the project, the one beside this layer. The code as typed or
    imported when the point is in no commune or that layer is not loaded (without the guard,
    aggregate() on a missing layer is an error, and the code would be wiped on every edit)."""
    own = (
        r"""replace(replace(layer_property(@layer, 'source'), 'layername={offer}', 'layername={layer}'), """
        r"""'"{offer}" (', '"{layer}" (')"""
    )
    candidates = (
        r"""array_filter(@layer_ids, regexp_match(layer_property(@element, 'source'), """
        r"""'(layername={layer}$|"{layer}"( \\(|$))'))"""
    )
    return (
        "with_variable('abs_own', {own}, with_variable('abs_all', {candidates}, "
        "with_variable('abs_communes', coalesce(array_first(array_filter(@abs_all, "
        "layer_property(@element, 'source') = @abs_own)), array_first(@abs_all)), "
        "if(@abs_communes IS NULL, \"code_commune\", coalesce(aggregate(layer:=@abs_communes, aggregate:='max', "
        'expression:="{field}", filter:=intersects($geometry, geometry(@parent))), "code_commune")))))'
    ).format(
        own=own.format(offer=LAYER_NAME, layer=COMMUNES_LAYER),
        candidates=candidates.format(layer=COMMUNES_LAYER),
        field=code_field.replace('"', '""'),
    )


def _constraint(layer, name, expression, description):
    index = layer.fields().lookupField(name)
    layer.setConstraintExpression(index, expression, description)
    layer.setFieldConstraint(index, CONSTRAINT_EXPRESSION, CONSTRAINT_HARD)


def configure_form(layer):
    """Aliases, value list, constraints with French messages, default date, style by category."""
    fields = layer.fields()
    for name, _type, alias in FIELDS:
        layer.setFieldAlias(fields.lookupField(name), alias)
    category = fields.lookupField("categorie")
    layer.setEditorWidgetSetup(category, QgsEditorWidgetSetup("ValueMap", {"map": [{c: c} for c in CATEGORIES]}))
    layer.setFieldConstraint(category, CONSTRAINT_NOT_NULL, CONSTRAINT_HARD)
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
