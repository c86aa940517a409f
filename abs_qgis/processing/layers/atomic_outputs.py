"""CSV outputs written whole or not at all: QGIS's writer writes to a hidden name beside the file
(``.lignes_non_jointes.partiel.csv``), renamed when the algorithm has returned; an algorithm that
fails or is cancelled leaves the previous file (or nothing), never a half-written table that looks
complete. GeoPackage outputs are made the same way by :mod:`.gpkg_copy`."""

import gc
import os

from qgis.core import QgsProcessingOutputLayerDefinition, QgsProperty

from .gpkg_copy import partial_path


class AtomicOutputs:
    """The CSV sinks of one run of an algorithm, until they are renamed or removed."""

    def __init__(self):
        self.pending = []  # [sink, partial path, final path]

    def redirect(self, parameters, name, final):
        """``parameters`` with the output ``name`` pointed at the partial name of ``final``."""
        partial = partial_path(final)
        if os.path.exists(partial):
            os.remove(partial)
        value = parameters.get(name)
        definition = (
            QgsProcessingOutputLayerDefinition(value)
            if isinstance(value, QgsProcessingOutputLayerDefinition)
            else QgsProcessingOutputLayerDefinition()
        )
        definition.sink = QgsProperty.fromValue(partial)
        return dict(parameters, **{name: definition}), partial

    def hold(self, sink, partial, final):
        self.pending.append([sink, partial, final])

    def _release(self):
        """Drop the sinks: QGIS closes each file when its writer is destroyed."""
        paths = [(partial, final) for _sink, partial, final in self.pending]
        if paths:
            self.pending.clear()
            gc.collect()  # a writer still referenced by a cycle would keep its file open
        return paths

    def commit(self, result, context, algorithm):
        """Rename every partial file to its final name; the results and the layers QGIS loads
        afterwards name the final files."""
        renamed = {}
        for partial, final in self._release():
            if os.path.exists(partial):
                os.replace(partial, final)
            renamed[partial] = final
        if not renamed:
            return result
        layers = context.layersToLoadOnCompletion()
        moved = {renamed.get(key, key): details for key, details in layers.items()}
        if moved.keys() != layers.keys():
            context.setLayersToLoadOnCompletion(moved)
        aliases = getattr(algorithm, "_aliases", None)
        if aliases and aliases[0] in renamed:
            algorithm._aliases = (renamed[aliases[0]], aliases[1])
        return {key: renamed.get(value, value) if isinstance(value, str) else value for key, value in result.items()}

    def abort(self):
        """Remove the partial files: the previous outputs stay as they were."""
        for partial, _final in self._release():
            if os.path.exists(partial):
                os.remove(partial)
