"""The maps' layers kept in one GeoPackage beside the project, so the saved .qgz reopens as it
printed (memory layers would be lost when the project is closed)."""

from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter, QgsVectorLayer

from ..compat import OVERWRITE_FILE, OVERWRITE_LAYER, WRITER_NO_ERROR
from ..core.errors import AbsError


class LayerStore:
    def __init__(self, gpkg_path):
        self.path = str(gpkg_path)
        self.created = False

    def persist(self, memory_layer, layer_name):
        """Write ``memory_layer`` as ``layer_name`` in the GeoPackage; return the file-based layer."""
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = layer_name
        options.actionOnExistingFile = OVERWRITE_LAYER if self.created else OVERWRITE_FILE
        error = QgsVectorFileWriter.writeAsVectorFormatV3(
            memory_layer, self.path, QgsCoordinateTransformContext(), options
        )
        if error[0] != WRITER_NO_ERROR:
            raise AbsError("Écriture impossible de la couche {} : {}".format(layer_name, error[1]), path=self.path)
        self.created = True
        layer = QgsVectorLayer("{}|layername={}".format(self.path, layer_name), memory_layer.name(), "ogr")
        if not layer.isValid():
            raise AbsError("Couche {} illisible après écriture".format(layer_name), path=self.path)
        return layer
