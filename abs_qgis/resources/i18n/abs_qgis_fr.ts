<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>abs_qgis</name>
    <message>
      <location filename="../../../abs_qgis/plugin.py" line="80" />
      <location filename="../../../abs_qgis/ui/menu.py" line="51" />
      <source>&amp;Social needs analysis (ABS)</source>
      <translation>&amp;Analyse des besoins sociaux (ABS)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/layout_parameter.py" line="17" />
      <location filename="../../../abs_qgis/ui/project_settings.py" line="142" />
      <source>A3 landscape</source>
      <translation>A3 paysage</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/layout_parameter.py" line="16" />
      <location filename="../../../abs_qgis/ui/project_settings.py" line="142" />
      <source>A4 landscape</source>
      <translation>A4 paysage</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/layout_parameter.py" line="15" />
      <location filename="../../../abs_qgis/ui/project_settings.py" line="142" />
      <source>A4 portrait</source>
      <translation>A4 portrait</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/chart_dock.py" line="40" />
      <source>ABS charts</source>
      <translation>Graphiques de l'ABS</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/plugin.py" line="78" />
      <source>ABS charts of the selected territory</source>
      <translation>Graphiques de l'ABS du territoire sélectionné</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/plugin.py" line="64" />
      <source>ABS charts panel unavailable: the Python library pyqtgraph is missing (see the README)</source>
      <translation>Panneau de graphiques de l'ABS indisponible : la bibliothèque Python pyqtgraph manque (voir le README)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="93" />
      <source>ABS document (.docx)</source>
      <translation>Document de l'ABS (.docx)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/outputs_step.py" line="117" />
      <source>ABS document not written: the Python library docxtpl is missing (Debian: apt-get install python3-docxtpl; Windows: see the README). The maps, atlas and workbook are written.</source>
      <translation>Document de l'ABS non écrit : la bibliothèque Python docxtpl manque (Debian : apt-get install python3-docxtpl ; Windows : voir le README). Les cartes, l'atlas et le classeur sont écrits.</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/document_step.py" line="184" />
      <source>ABS document: {}</source>
      <translation>Document de l'ABS : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="360" />
      <source>ABS produced in {}</source>
      <translation>ABS produite dans {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/base.py" line="41" />
      <location filename="../../../abs_qgis/ui/menu.py" line="20" />
      <location filename="../../../abs_qgis/ui/menu.py" line="28" />
      <location filename="../../../abs_qgis/ui/project_dialog.py" line="80" />
      <location filename="../../../abs_qgis/ui/project_dialog.py" line="182" />
      <location filename="../../../abs_qgis/ui/project_dialog.py" line="189" />
      <location filename="../../../abs_qgis/ui/project_dialog.py" line="198" />
      <source>ABS project</source>
      <translation>Projet d'ABS</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="79" />
      <source>ABS project (*.yaml *.yml)</source>
      <translation>Projet d'ABS (*.yaml *.yml)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="79" />
      <source>ABS project file (YAML)</source>
      <translation>Fichier de projet d'ABS (YAML)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/offer_access.py" line="28" />
      <source>Access to the offer</source>
      <translation>Accès à l'offre</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_offer_page.py" line="67" />
      <source>Access: population farther than</source>
      <translation>Accès : population à plus de</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_offer_page.py" line="61" />
      <source>Add FINESS extracts…</source>
      <translation>Ajouter des extraits FINESS…</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_sources.py" line="64" />
      <source>Add a column</source>
      <translation>Ajouter une colonne</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/charter_dialog.py" line="57" />
      <source>Add logos…</source>
      <translation>Ajouter des logos…</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_offer_page.py" line="133" />
      <location filename="../../../abs_qgis/ui/project_sources.py" line="115" />
      <source>Add tables…</source>
      <translation>Ajouter des tables…</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="85" />
      <source>Add the maps and layouts to the open QGIS project</source>
      <translation>Ajouter les cartes et mises en page au projet QGIS ouvert</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/download/download_insee.py" line="70" />
      <source>Address of the API</source>
      <translation>Adresse de l'API</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/download/download_insee.py" line="99" />
      <source>Address of the API: https:// expected ({})</source>
      <translation>Adresse de l'API : https:// attendu ({})</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/offer_by_commune.py" line="65" />
      <source>Adds to each commune the facilities and places of the offer layer lying in it, by family of the equipment rates (NB_EHPAD, PLACES_EHPAD, PLACES_HEBERGEMENT_ADULTES_HANDICAPES…: places = the sum of the capacity fields), the distance in km from the commune's inner point to the nearest facility of each domain (DIST_PA_KM…, straight line, or along the roads when a road layer is given) and the target population living beyond the chosen distance for each census year of the layer (P22_POP75P_LOIN_PA…). The catalogue's equipment rates (places per 1 000 of the target population) and access shares are then computed from these columns by sums at every level. Families absent from the whole layer get no column: their rates are listed as not computable.</source>
      <translation>Ajoute à chaque commune les établissements et les places de la couche de l'offre qui s'y trouvent, par famille des taux d'équipement (NB_EHPAD, PLACES_EHPAD, PLACES_HEBERGEMENT_ADULTES_HANDICAPES… : places = somme des champs de capacité), la distance en km du point intérieur de la commune à l'établissement le plus proche de chaque domaine (DIST_PA_KM…, à vol d'oiseau, ou par la route quand une couche de routes est donnée) et la population cible habitant au-delà de la distance choisie, pour chaque année de recensement de la couche (P22_POP75P_LOIN_PA…). Les taux d'équipement du catalogue (places pour 1 000 personnes de la population cible) et les parts de population éloignée sont ensuite calculés à partir de ces colonnes, par sommes, à chaque niveau. Les familles absentes de toute la couche n'ont pas de colonne : leurs taux sont listés comme non calculables.</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/chart_dock.py" line="131" />
      <source>Age pyramid {}</source>
      <translation>Pyramide des âges {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/chart_dock.py" line="106" />
      <source>Age structure by census year</source>
      <translation>Structure par âge, par recensement</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_territories.py" line="93" />
      <source>Aggregate territories</source>
      <translation>Agréger les territoires</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/menu.py" line="57" />
      <source>Aggregate territories…</source>
      <translation>Agréger les territoires…</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_offer_page.py" line="121" />
      <source>Also a PDF (when LibreOffice is installed)</source>
      <translation>Aussi en PDF (si LibreOffice est installé)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_parameters.py" line="111" />
      <source>Also the whole reference layer as a reference</source>
      <translation>Ajouter aussi l'ensemble de la couche de référence comme référence</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/statistical_secret.py" line="54" />
      <source>Apply the statistical secret</source>
      <translation>Appliquer le secret statistique</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/menu.py" line="58" />
      <source>Apply the statistical secret…</source>
      <translation>Appliquer le secret statistique…</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/atlas_key_figures.py" line="86" />
      <source>Atlas charts not drawn: the Python library pyqtgraph is missing (see the README, « Windows »); the atlas is printed without them</source>
      <translation>Graphiques de l'atlas non dessinés : la bibliothèque Python pyqtgraph manque (voir le README, « Windows ») ; l'atlas est imprimé sans eux</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/atlas_key_figures.py" line="102" />
      <source>Atlas charts written: {} in {}</source>
      <translation>Graphiques de l’atlas écrits : {} dans {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/layout_parameter.py" line="18" />
      <source>Atlas fiche, A4 portrait</source>
      <translation>Fiche d'atlas, A4 portrait</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="153" />
      <source>Atlas: field naming each page (e.g. the commune name); optional</source>
      <translation>Atlas : champ qui nomme chaque page (par exemple le nom de la commune) ; facultatif</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="172" />
      <source>Atlas: indicators of the key-figures table (default: the mapped ones)</source>
      <translation>Atlas : indicateurs du tableau des chiffres clés (par défaut : ceux des cartes)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="161" />
      <source>Atlas: one file per territory, named after its code (PDF, PNG or SVG)</source>
      <translation>Atlas : un fichier par territoire, nommé d’après son code (PDF, PNG ou SVG)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_settings.py" line="154" />
      <source>Atlas: one page per value of the field</source>
      <translation>Atlas : une page par valeur du champ</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="145" />
      <source>Atlas: one page per value of this field (unique codes), in one PDF; optional</source>
      <translation>Atlas : une page par valeur de ce champ (codes uniques), dans un seul PDF ; facultatif</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="182" />
      <source>Atlas: references table (one territory per row, named by a « nom » or « niveau » column, e.g. territoire_et_references.csv); default: the whole mapped territory</source>
      <translation>Atlas : table des références (un territoire par ligne, nommé par une colonne « nom » ou « niveau », par ex. territoire_et_references.csv) ; par défaut : l'ensemble du territoire cartographié</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/layout_parameter.py" line="14" />
      <location filename="../../../abs_qgis/ui/project_settings.py" line="141" />
      <source>Automatic (A4 portrait; the A4 portrait fiche for an atlas)</source>
      <translation>Automatique (A4 portrait ; la fiche A4 portrait pour un atlas)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="83" />
      <source>Automatic: counts of the catalogue in proportional circles, the rest in classes</source>
      <translation>Automatique : effectifs du catalogue en cercles proportionnels, le reste en classes</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/long_tables.py" line="32" />
      <source>BPE (one row per territory and type of facility): {} rows → {} territories ({}) × {} types: {}</source>
      <translation>BPE (une ligne par territoire et type d'équipement) : {} lignes → {} territoires ({}) × {} types : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/download/download_insee.py" line="65" />
      <source>Cache folder (default: your QGIS profile)</source>
      <translation>Dossier du cache (par défaut : votre profil QGIS)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/charter_dialog.py" line="113" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/base.py" line="96" />
      <location filename="../../../abs_qgis/processing/download/melodi_client.py" line="41" />
      <location filename="../../../abs_qgis/processing/download/melodi_client.py" line="34" />
      <location filename="../../../abs_qgis/processing/download/melodi_client.py" line="61" />
      <location filename="../../../abs_qgis/processing/indicators/compute_indicators.py" line="90" />
      <location filename="../../../abs_qgis/processing/indicators/group_geometry.py" line="37" />
      <location filename="../../../abs_qgis/processing/layers/gpkg_copy.py" line="164" />
      <location filename="../../../abs_qgis/processing/maps/atlas_key_figures.py" line="101" />
      <location filename="../../../abs_qgis/processing/maps/export_maps.py" line="241" />
      <location filename="../../../abs_qgis/processing/offer/facilities.py" line="41" />
      <location filename="../../../abs_qgis/processing/offer/import_finess.py" line="118" />
      <location filename="../../../abs_qgis/processing/offer/offer_access.py" line="84" />
      <location filename="../../../abs_qgis/processing/offer/offer_by_commune.py" line="193" />
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="156" />
      <location filename="../../../abs_qgis/processing/tables/join_indicators.py" line="244" />
      <location filename="../../../abs_qgis/processing/tables/join_indicators.py" line="134" />
      <source>Cancelled</source>
      <translation>Annulé</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps.py" line="303" />
      <location filename="../../../abs_qgis/processing/project/pass_parameters.py" line="98" />
      <source>Cannot create the output folder {}: {}</source>
      <translation>Impossible de créer le dossier de sortie {} : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/download/download_insee.py" line="113" />
      <source>Cannot write {}: {}</source>
      <translation>Impossible d'écrire {} : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/check_offer.py" line="59" />
      <location filename="../../../abs_qgis/processing/offer/equipment_rate.py" line="51" />
      <source>Capacity field (places)</source>
      <translation>Champ de capacité (places)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/offer_by_commune.py" line="93" />
      <source>Catalogue of the collectivité (target populations), optional</source>
      <translation>Catalogue de la collectivité (populations cibles), facultatif</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_dialog.py" line="53" />
      <source>Catalogue of your own indicators (optional)</source>
      <translation>Catalogue de vos propres indicateurs (facultatif)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/facilities.py" line="29" />
      <source>Categories to keep, comma-separated (all if empty)</source>
      <translation>Catégories à garder, séparées par des virgules (toutes si vide)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/cartography/atlas_facilities.py" line="50" />
      <location filename="../../../abs_qgis/ui/project_offer_page.py" line="56" />
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/check_offer.py" line="91" />
      <source>Category field (checked against the offer's categories), optional</source>
      <translation>Champ de catégorie (vérifiée selon les catégories de l'offre), facultatif</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/facilities.py" line="22" />
      <source>Category field, optional</source>
      <translation>Champ de catégorie, facultatif</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/import_finess.py" line="54" />
      <source>Category when the extract has none (e.g. EHPAD)</source>
      <translation>Catégorie si l'extrait n'en donne pas (par exemple EHPAD)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/check_offer.py" line="38" />
      <source>Check the offer layer</source>
      <translation>Vérifier la couche de l'offre</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/check_secret.py" line="16" />
      <source>Check the statistical secret</source>
      <translation>Vérifier le secret statistique</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/offer_step.py" line="191" />
      <source>Checks of the offer: {} row flagged ({})</source>
      <translation>Vérification de l'offre : {} ligne signalée ({})</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/offer_step.py" line="191" />
      <source>Checks of the offer: {} rows flagged ({})</source>
      <translation>Vérification de l'offre : {} lignes signalées ({})</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_territories.py" line="178" />
      <source>Choose a « Grouping field » (GROUP_FIELD) or a « Grouping table » (GROUP_TABLE)</source>
      <translation>Choisissez un « Champ de regroupement » (GROUP_FIELD) ou une « Table des regroupements » (GROUP_TABLE)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/create_offer_layer.py" line="126" />
      <source>Choose an « Offer GeoPackage » (OUTPUT) or a PostgreSQL database (DATABASE)</source>
      <translation>Choisissez un « GeoPackage de l'offre » (OUTPUT) ou une base PostgreSQL (DATABASE)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps.py" line="288" />
      <source>Choose at least one indicator field</source>
      <translation>Choisissez au moins un champ indicateur</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="84" />
      <source>Classes (choropleth: rates, ratios, densities)</source>
      <translation>Classes (aplats : taux, ratios, densités)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="66" />
      <location filename="../../../abs_qgis/ui/project_settings.py" line="150" />
      <source>Classification method</source>
      <translation>Méthode de discrétisation</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_dialog.py" line="108" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_sources.py" line="103" />
      <source>Code column</source>
      <translation>Colonne du code</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_indicators.py" line="352" />
      <source>Code column chosen by its values: {} ({} % of its codes or of the layer's found)</source>
      <translation>Colonne de code choisie d'après ses valeurs : {} ({} % de ses codes ou de ceux de la couche retrouvés)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_parameters.py" line="88" />
      <source>Code column of the table (detected if empty)</source>
      <translation>Colonne du code dans la table (détectée si vide)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_pages.py" line="83" />
      <source>Code field</source>
      <translation>Champ du code</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/charter_dialog.py" line="103" />
      <source>Colours of the classes</source>
      <translation>Couleurs des classes</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_parameters.py" line="149" />
      <source>Column flagging rows suppressed at the source (CAF files: NOTE; detected if empty)</source>
      <translation>Colonne signalant les lignes supprimées à la source (fichiers CAF : NOTE ; détectée si vide)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_sources.py" line="62" />
      <source>Column of the file</source>
      <translation>Colonne du fichier</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/offer_by_commune.py" line="117" />
      <source>Columns added</source>
      <translation>Colonnes ajoutées</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_sources.py" line="59" />
      <source>Columns renamed to INSEE's names</source>
      <translation>Colonnes renommées en noms INSEE</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_indicators.py" line="99" />
      <source>Columns renamed: {}</source>
      <translation>Colonnes renommées : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_parameters.py" line="51" />
      <source>Columns to rename, old=new;… (e.g. pop_0_14_2022=P22_POP0014: names the catalogue knows)</source>
      <translation>Colonnes à renommer, ancien=nouveau;… (par ex. pop_0_14_2022=P22_POP0014 : noms que le catalogue connaît)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_sources.py" line="118" />
      <source>Columns to rename…</source>
      <translation>Colonnes à renommer…</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_parameters.py" line="126" />
      <source>Commune</source>
      <translation>Commune</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_parameters.py" line="94" />
      <source>Commune code history (passage table), optional</source>
      <translation>Historique des codes communes (table de passage), facultatif</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_pages.py" line="81" />
      <source>Commune layer of the project</source>
      <translation>Couche des communes du projet</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_parameters.py" line="22" />
      <source>Commune polygons</source>
      <translation>Polygones des communes</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/check_offer.py" line="75" />
      <source>Commune polygons, to check the positions, optional</source>
      <translation>Polygones des communes, pour vérifier les positions, facultatif</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/offer_by_commune.py" line="77" />
      <source>Communes</source>
      <translation>Communes</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/create_offer_layer.py" line="88" />
      <source>Communes (commune code filled from the position)</source>
      <translation>Communes (code commune rempli d’après la position)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_pages.py" line="176" />
      <source>Communes of the references</source>
      <translation>Communes des références</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_parameters.py" line="183" />
      <source>Communes with indicators</source>
      <translation>Communes avec indicateurs</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_parameters.py" line="22" />
      <source>Communes with source columns</source>
      <translation>Communes avec colonnes sources</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/offer_by_commune.py" line="107" />
      <source>Communes with the offer</source>
      <translation>Communes avec l'offre</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_settings.py" line="52" />
      <source>Compute every indicator the tables allow</source>
      <translation>Calculer tous les indicateurs que les tables permettent</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/compute_indicators.py" line="51" />
      <source>Compute the indicators</source>
      <translation>Calculer les indicateurs</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/menu.py" line="56" />
      <source>Compute the indicators…</source>
      <translation>Calculer les indicateurs…</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_settings.py" line="54" />
      <source>Computed</source>
      <translation>Calculé</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/compute_indicators.py" line="54" />
      <source>Computes the indicators of the ABS catalogue (density, ageing index, shares of age groups, unemployment, housing, benefit rates, growth rates…) on every feature, from the source columns present (for example after « Join an indicator table »). Each output field is named by the indicator's id and carries its French label as alias. Indicators whose fields are absent are listed in the log with the missing field; a division by zero gives NULL with its reason, never an error. A user catalogue (same YAML format) adds or replaces indicators. Evolutions (TCAM, variations) are refused on a layer that received a table of another geography without passage table.</source>
      <translation>Calcule les indicateurs du catalogue de l'ABS (densité, indice de vieillissement, parts des classes d'âge, chômage, logement, taux d'allocataires, taux de croissance…) sur chaque entité, à partir des colonnes sources présentes (par exemple après « Joindre une table d'indicateurs »). Chaque champ produit porte l'identifiant de l'indicateur pour nom et son libellé français pour alias. Les indicateurs dont les champs manquent sont listés dans le journal avec le champ absent ; une division par zéro donne NULL avec son motif, jamais une erreur. Un catalogue de la collectivité (même format YAML) ajoute ou remplace des indicateurs. Les évolutions (TCAM, variations) sont refusées sur une couche qui a reçu une table d'une autre géographie sans table de passage.</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/create_offer_layer.py" line="80" />
      <source>Coordinate reference system (Lambert-93 if empty)</source>
      <translation>Système de coordonnées (Lambert-93 si vide)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/secret_inputs.py" line="252" />
      <source>Count « {} » to protect is not a number field (values such as {}): it cannot be masked. Correct the file (the cells that are not numbers) or remove the field from the counts</source>
      <translation>L'effectif à protéger « {} » n'est pas un champ numérique (valeurs comme {}) : il ne peut pas être masqué. Corrigez le fichier (les cellules qui ne sont pas des nombres) ou retirez ce champ des effectifs</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_indicators.py" line="365" />
      <source>Counts (summed when communes are merged): {}</source>
      <translation>Effectifs (additionnés en cas de fusion de communes) : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_settings.py" line="224" />
      <source>Counts declared public</source>
      <translation>Effectifs déclarés publics</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/statistical_secret.py" line="96" />
      <source>Counts declared public, published as they are (e.g. populations légales), optional</source>
      <translation>Effectifs déclarés publics, publiés tels quels (par ex. populations légales), facultatif</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_settings.py" line="155" />
      <source>Counts in proportional circles</source>
      <translation>Effectifs en cercles proportionnels</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_settings.py" line="222" />
      <source>Counts protected</source>
      <translation>Effectifs protégés</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/secret_inputs.py" line="81" />
      <source>Counts to protect (default: every count field of the layer)</source>
      <translation>Effectifs à protéger (par défaut : tous les champs d'effectifs de la couche)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/create_offer_layer.py" line="63" />
      <source>Create the offer layer</source>
      <translation>Créer la couche de l'offre</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/map_layers.py" line="43" />
      <source>Data not available</source>
      <translation>Donnée non disponible</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/charter_dialog.py" line="109" />
      <source>Date line ({date}, {organisation})</source>
      <translation>Ligne de date ({date}, {organisation})</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/check_offer.py" line="67" />
      <source>Declared commune code field, optional</source>
      <translation>Champ du code de la commune déclarée, facultatif</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_territories.py" line="263" />
      <source>Department</source>
      <translation>Département</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_parameters.py" line="125" />
      <source>Detect from the codes</source>
      <translation>Détecter d'après les codes</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/long_tables.py" line="21" />
      <source>Dimensions to keep ignored: the table is not a long table (no OBS_VALUE)</source>
      <translation>Dimensions à garder ignorées : la table n'est pas une table longue (pas de colonne OBS_VALUE)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_parameters.py" line="170" />
      <source>Dissolve the polygons of communes the table counts as one commune (merged since the layer, or split since the table)</source>
      <translation>Fusionner les polygones des communes que la table compte comme une seule commune (fusionnées depuis la couche, ou séparées depuis la table)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_indicators.py" line="227" />
      <source>Dissolving the polygons needs a « Commune code history (passage table) » (PASSAGE)</source>
      <translation>Fusionner les polygones demande un « Historique des codes communes (table de passage) » (PASSAGE)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/road_network.py" line="22" />
      <source>Distance beyond which the population is counted (km)</source>
      <translation>Distance au-delà de laquelle la population est comptée (km)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_dialog.py" line="97" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/download/download_insee.py" line="37" />
      <source>Download INSEE data (Melodi API)</source>
      <translation>Télécharger les données INSEE (API Melodi)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_parameters.py" line="131" />
      <source>Département</source>
      <translation>Département</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_offer_page.py" line="57" />
      <source>Départements</source>
      <translation>Départements</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/offer_by_commune.py" line="100" />
      <source>Départements the offer layer covers (e.g. 63,03; all if empty): elsewhere the offer is unknown, never 0</source>
      <translation>Départements que couvre la couche de l'offre (par ex. 63,03 ; tous si vide) : ailleurs l'offre est inconnue, jamais 0</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/import_finess.py" line="59" />
      <source>Départements to keep, comma-separated (all if empty)</source>
      <translation>Départements à garder, séparés par des virgules (tous si vide)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_parameters.py" line="129" />
      <source>EPCI</source>
      <translation>EPCI</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="213" />
      <source>Earlier years: the same indicators, secret and groups, for the evolutions</source>
      <translation>Années antérieures : les mêmes indicateurs, secret et regroupements, pour les évolutions</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_settings.py" line="157" />
      <source>Edit or create the charter…</source>
      <translation>Modifier ou créer la charte…</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="70" />
      <location filename="../../../abs_qgis/ui/project_settings.py" line="131" />
      <source>Equal intervals</source>
      <translation>Intervalles égaux</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/equipment_rate.py" line="37" />
      <source>Equipment rate</source>
      <translation>Taux d'équipement</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/menu.py" line="60" />
      <source>Equipment rate…</source>
      <translation>Taux d'équipement…</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_pages.py" line="72" />
      <source>Every commune of the layer</source>
      <translation>Toutes les communes de la couche</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/year_plans.py" line="64" />
      <source>Evolutions {}: {}</source>
      <translation>Évolutions {} : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps.py" line="162" />
      <source>Export maps</source>
      <translation>Exporter les cartes</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/menu.py" line="59" />
      <source>Export maps…</source>
      <translation>Exporter les cartes…</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps.py" line="404" />
      <source>Export of {} failed (QGIS error code {})</source>
      <translation>L'export de {} a échoué (code d'erreur QGIS {})</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_offer_page.py" line="71" />
      <source>Extracts imported at each run (no duplicate, by FINESS number). Category: for an extract without a category column (a list of EHPAD); départements: those kept, all if empty (« 63, 03 »).</source>
      <translation>Extraits importés à chaque lancement (sans doublon, par n° FINESS). Catégorie : pour un extrait sans colonne de catégorie (une liste d'EHPAD) ; départements : ceux retenus, tous si vide (« 63, 03 »).</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/import_finess.py" line="46" />
      <location filename="../../../abs_qgis/ui/project_offer_page.py" line="55" />
      <source>FINESS extract</source>
      <translation>Extrait FINESS</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/check_offer.py" line="53" />
      <source>FINESS number field</source>
      <translation>Champ du numéro FINESS</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/create_offer_layer.py" line="248" />
      <source>FINESS number: 9 digits with a valid check digit</source>
      <translation>numéro FINESS : 9 chiffres avec une clé de contrôle valide</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/check_offer.py" line="49" />
      <location filename="../../../abs_qgis/processing/offer/facilities.py" line="17" />
      <source>Facilities (points)</source>
      <translation>Établissements (points)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/offer_by_commune.py" line="119" />
      <source>Facilities counted</source>
      <translation>Établissements comptés</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/offer_by_commune.py" line="111" />
      <source>Facilities counted, with the commune they lie in (table)</source>
      <translation>Établissements comptés, avec la commune où ils se trouvent (table)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/cartography/atlas_facilities.py" line="89" />
      <source>Facilities of the offer in the territory: </source>
      <translation>Établissements de l'offre dans le territoire : </translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/equipment_rate.py" line="87" />
      <source>Facilities outside the territories</source>
      <translation>Établissements hors des territoires</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/offer_by_commune.py" line="118" />
      <source>Families absent from the offer layer</source>
      <translation>Familles absentes de la couche de l'offre</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/download/download_insee.py" line="40" />
      <source>Fetches a dataset of INSEE's Melodi API (populations de référence, census, Filosofi, BPE…) for a territory — GEO=COM-44109, GEO=EPCI-244400404*COM (every commune of an EPCI), GEO=DEP-69*COM — and writes it as a long table (GEO;TIME_PERIOD;…;OBS_VALUE) that « Join an indicator table » reads, with its PROVENANCE note. The answer is kept in a cache (your QGIS profile, or the folder given): a second run reads it without the network; tick « Refresh » to fetch again. A newer vintage is a new file. Through QGIS's network settings (proxy, authentication).</source>
      <translation>Télécharge un jeu de données de l'API Melodi de l'INSEE (populations de référence, recensement, Filosofi, BPE…) pour un territoire — GEO=COM-44109, GEO=EPCI-244400404*COM (toutes les communes d'un EPCI), GEO=DEP-69*COM — et l'écrit en table longue (GEO;TIME_PERIOD;…;OBS_VALUE) que « Joindre une table d'indicateurs » lit, avec sa note PROVENANCE. La réponse est gardée dans un cache (votre profil QGIS, ou le dossier donné) : un second lancement la relit sans le réseau ; cochez « Actualiser » pour la télécharger de nouveau. Un millésime plus récent est un nouveau fichier. Par les réglages réseau de QGIS (proxy, authentification).</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/layers/aliases.py" line="80" />
      <source>Field descriptions not written in {}: {}</source>
      <translation>Descriptions des champs non écrites dans {} : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/polygon_codes.py" line="109" />
      <source>Field {} of the layer holds no code</source>
      <translation>Le champ {} de la couche ne contient aucun code</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/map_layers.py" line="78" />
      <source>Field « {} » has negative values ({}): proportional circles show counts; choose classes</source>
      <translation>Le champ « {} » a des valeurs négatives ({}) : les cercles proportionnels représentent des effectifs ; choisissez les classes</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/map_layers.py" line="49" />
      <source>Field « {} » has no value to map</source>
      <translation>Le champ « {} » ne contient aucune valeur à cartographier</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps.py" line="292" />
      <source>Field « {} » is not in layer {}</source>
      <translation>Le champ « {} » est absent de la couche {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps.py" line="295" />
      <source>Field « {} » is not numeric: it cannot be mapped in classes</source>
      <translation>Le champ « {} » n'est pas numérique : il ne peut pas être cartographié en classes</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/secret_inputs.py" line="178" />
      <location filename="../../../abs_qgis/processing/tables/polygon_codes.py" line="35" />
      <source>Fields absent from the input layer: {} (its fields: {})</source>
      <translation>Champs absents de la couche en entrée : {} (ses champs : {})</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_offer_page.py" line="126" />
      <source>File name</source>
      <translation>Nom du fichier</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps.py" line="182" />
      <source>Files written</source>
      <translation>Fichiers écrits</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="93" />
      <source>Fixed class breaks, e.g. 10;20;30 (same classes on every map: comparable maps)</source>
      <translation>Seuils de classes fixes, par exemple 10;20;30 (mêmes classes sur chaque carte : cartes comparables)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/charter_dialog.py" line="102" />
      <source>Font</source>
      <translation>Police</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/offer_access.py" line="31" />
      <source>For each territory, the straight-line distance in kilometres (Lambert-93) from a point inside it to the nearest facility of the chosen categories — or, with a road layer, the distance along the roads (QGIS network analysis, roads two-way, points joined to the nearest road) — and the share of the population living beyond a chosen distance (territories counted whole by their inner point).</source>
      <translation>Pour chaque territoire, la distance à vol d'oiseau en kilomètres (Lambert-93) d'un point intérieur à l'établissement le plus proche des catégories choisies — ou, avec une couche de routes, la distance par la route (analyse de réseau de QGIS, routes à double sens, points raccordés à la route la plus proche) — et la part de la population qui vit au-delà d'une distance choisie (territoires comptés en entier par leur point intérieur).</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="113" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_indicators.py" line="208" />
      <source>French field aliases from the dictionary in {}</source>
      <translation>Alias français des champs tirés du dictionnaire de {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_indicators.py" line="218" />
      <source>French field aliases from {}</source>
      <translation>Alias français des champs tirés de {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_dialog.py" line="89" />
      <source>General</source>
      <translation>Général</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/create_offer_layer.py" line="117" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_parameters.py" line="123" />
      <source>Geographic level of the polygons</source>
      <translation>Niveau géographique des polygones</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_indicators.py" line="116" />
      <source>Geometry update and commune movements apply to commune polygons only</source>
      <translation>La mise à jour de la géométrie et les mouvements de communes ne s'appliquent qu'aux polygones de communes</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_territories.py" line="175" />
      <source>Give either a grouping field or a grouping table, not both</source>
      <translation>Donnez un champ de regroupement ou une table des regroupements, pas les deux</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/charter_dialog.py" line="46" />
      <location filename="../../../abs_qgis/ui/charter_dialog.py" line="87" />
      <location filename="../../../abs_qgis/ui/charter_dialog.py" line="175" />
      <location filename="../../../abs_qgis/ui/project_settings.py" line="147" />
      <source>Graphic charter</source>
      <translation>Charte graphique</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="56" />
      <source>Graphic charter (*.yaml *.yml)</source>
      <translation>Charte graphique (*.yaml *.yml)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="54" />
      <source>Graphic charter (YAML: colours, font, logos, texts); the shipped one if empty</source>
      <translation>Charte graphique (YAML : couleurs, police, logos, mentions) ; celle livrée si vide</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_settings.py" line="162" />
      <source>Graphic charter (colours, fonts, logos)</source>
      <translation>Charte graphique (couleurs, polices, logos)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_parameters.py" line="44" />
      <source>Group column of the table (first other column if empty)</source>
      <translation>Colonne du regroupement dans la table (la première autre colonne si vide)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_parameters.py" line="50" />
      <source>Group name column of the table, optional</source>
      <translation>Colonne du nom du regroupement dans la table, facultative</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_parameters.py" line="84" />
      <source>Group name field (optional)</source>
      <translation>Champ du nom du regroupement (facultatif)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/group_geometry.py" line="51" />
      <source>Group {}: {} invalid polygons (self-intersecting) repaired before the union</source>
      <translation>Regroupement {} : {} polygone(s) invalide(s) (qui se recoupent) réparé(s) avant l'union</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_parameters.py" line="28" />
      <source>Grouping field (EPCI, sector…), or leave empty and give a grouping table</source>
      <translation>Champ de regroupement (EPCI, secteur…), ou laissez vide et donnez une table des regroupements</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/equipment_rate.py" line="77" />
      <source>Grouping field for a second level (EPCI, département…), optional</source>
      <translation>Champ de regroupement pour un second niveau (EPCI, département…), facultatif</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_parameters.py" line="36" />
      <source>Grouping table: commune code → group (CSV, XLSX…), optional</source>
      <translation>Table des regroupements : code commune → regroupement (CSV, XLSX…), facultative</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/outputs_step.py" line="101" />
      <source>Groups</source>
      <translation>Regroupements</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/equipment_rate.py" line="84" />
      <source>Groups and whole layer</source>
      <translation>Regroupements et ensemble de la couche</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_territories.py" line="96" />
      <source>Groups communes by a field (EPCI, sector…), dissolves their polygons, sums the source counts and recomputes every ratio from the sums (never a mean of commune ratios). Values that cannot be summed (medians, Filosofi poverty rates) are NULL at group level, with their reason. Optionally computes reference territories (département, région, France) from a wider layer with the same columns, writes them with the studied territory as a whole in the references table, and adds to each group its gap to the first reference: points for rates, index base 100 for ratios.</source>
      <translation>Regroupe les communes selon un champ (EPCI, secteur…), fusionne leurs polygones, additionne les effectifs sources et recalcule chaque ratio à partir des sommes (jamais une moyenne de taux communaux). Les valeurs non additionnables (médianes, taux de pauvreté Filosofi) sont NULL au niveau du regroupement, avec leur motif. En option, calcule les territoires de référence (département, région, France) à partir d'une couche plus large ayant les mêmes colonnes, les écrit avec l'ensemble du territoire étudié dans la table des références, et ajoute à chaque regroupement son écart à la première référence : en points pour les taux, en indice base 100 pour les ratios.</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_parameters.py" line="141" />
      <source>Groups with indicators</source>
      <translation>Regroupements avec indicateurs</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_indicators.py" line="199" />
      <source>Header on line {}, {} data rows, encoding {}, separator {}</source>
      <translation>En-tête ligne {}, {} lignes de données, encodage {}, séparateur {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_parameters.py" line="78" />
      <source>Header row, 1 = first line (0 = detect)</source>
      <translation>Ligne d'en-tête, 1 = première ligne (0 = détection)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/secret_inputs.py" line="208" />
      <source>Hierarchy field « {} »: {} territories without parent: {}</source>
      <translation>Champ de hiérarchie « {} » : {} territoires sans parent : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_settings.py" line="212" />
      <source>I confirm a threshold below {}: counts under {} will be published</source>
      <translation>Je confirme un seuil inférieur à {} : des effectifs de moins de {} seront publiés</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/check_offer.py" line="83" />
      <source>INSEE code field of the communes</source>
      <translation>Champ du code INSEE des communes</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/create_offer_layer.py" line="96" />
      <location filename="../../../abs_qgis/processing/offer/offer_by_commune.py" line="81" />
      <location filename="../../../abs_qgis/processing/tables/join_parameters.py" line="28" />
      <source>INSEE code field of the communes (detected if empty)</source>
      <translation>Champ du code INSEE des communes (détecté si vide)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/create_offer_layer.py" line="255" />
      <source>INSEE code of 5 characters (e.g. 63113, 2A004)</source>
      <translation>code INSEE de 5 caractères (par exemple 63113, 2A004)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_parameters.py" line="158" />
      <source>INSEE commune movements (v_mvt_commune), to detect communes split since the table, optional</source>
      <translation>Mouvements des communes de l'INSEE (v_mvt_commune), pour repérer les communes séparées depuis la table, facultatif</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/base.py" line="43" />
      <source>INSEE data</source>
      <translation>Données de l'INSEE</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="178" />
      <source>INSEE data: {} ({})</source>
      <translation>Données de l'INSEE : {} ({})</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_sources.py" line="62" />
      <source>INSEE name</source>
      <translation>Nom INSEE</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_parameters.py" line="101" />
      <source>INSEE variable dictionary (meta_*.CSV) for French field aliases; found next to the table if empty</source>
      <translation>Dictionnaire des variables INSEE (meta_*.CSV) pour les alias français des champs ; cherché à côté de la table si vide</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_sources.py" line="37" />
      <source>INSEE, Melodi API (fetched at the run)</source>
      <translation>INSEE, API Melodi (téléchargé à la production)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_parameters.py" line="127" />
      <source>IRIS</source>
      <translation>IRIS</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/secret_inputs.py" line="295" />
      <source>IRIS codes: the commune totals are protected too (commune = first 5 characters of the code)</source>
      <translation>Codes IRIS : les totaux communaux sont protégés aussi (commune = 5 premiers caractères du code)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_territories.py" line="155" />
      <source>IRIS grouped into priority neighbourhoods: the result is an approximation</source>
      <translation>IRIS regroupés en quartiers prioritaires : le résultat est une approximation</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_parameters.py" line="141" />
      <source>IRIS table onto communes: sum the IRIS into their commune (counts only)</source>
      <translation>Table par IRIS sur des communes : additionner les IRIS dans leur commune (effectifs seulement)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/import_finess.py" line="34" />
      <source>Import FINESS facilities into the offer layer</source>
      <translation>Importer des établissements FINESS dans la couche de l'offre</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/cartography/atlas_charts.py" line="35" />
      <source>Index base 100 = {}</source>
      <translation>Indice base 100 = {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/atlas_key_figures.py" line="68" />
      <location filename="../../../abs_qgis/ui/project_settings.py" line="54" />
      <source>Indicator</source>
      <translation>Indicateur</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_dialog.py" line="49" />
      <source>Indicator catalogue</source>
      <translation>Catalogue d'indicateurs</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_parameters.py" line="37" />
      <source>Indicator table: CSV, TXT, XLSX, XLS or ODS file, or the id or name of a project layer</source>
      <translation>Table d'indicateurs : fichier CSV, TXT, XLSX, XLS ou ODS, ou identifiant ou nom d'une couche du projet</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/base.py" line="37" />
      <source>Indicator tables</source>
      <translation>Tables d'indicateurs</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_territories.py" line="118" />
      <location filename="../../../abs_qgis/processing/indicators/aggregate_territories.py" line="146" />
      <source>Indicator « {} » {}</source>
      <translation>Indicateur « {} » {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_dialog.py" line="93" />
      <source>Indicators</source>
      <translation>Indicateurs</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/catalogue_parameters.py" line="42" />
      <source>Indicators (every computable one if none is ticked)</source>
      <translation>Indicateurs (tous ceux que les colonnes permettent si aucun n'est coché)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="27" />
      <source>Indicators (one map each)</source>
      <translation>Indicateurs (une carte chacun)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/base.py" line="38" />
      <source>Indicators and territories</source>
      <translation>Indicateurs et territoires</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="232" />
      <source>Indicators not computable (their columns are missing from the sources): {}</source>
      <translation>Indicateurs non calculables (leurs colonnes manquent dans les sources) : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/year_plans.py" line="59" />
      <source>Indicators of {}: {}</source>
      <translation>Indicateurs {} : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/layers/signals.py" line="29" />
      <source>Interruption requested (signal {}): the run stops at its next step</source>
      <translation>Interruption demandée (signal {}) : arrêt à la prochaine étape</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/polygon_codes.py" line="102" />
      <source>Invalid {} code « {} » in field {} of feature {} of the layer ({} expected)</source>
      <translation>Code {} invalide « {} » dans le champ {} de l'entité {} de la couche ({} attendus)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_indicators.py" line="65" />
      <source>Join an indicator table to the communes</source>
      <translation>Joindre une table d'indicateurs aux communes</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/menu.py" line="55" />
      <source>Join an indicator table to the communes…</source>
      <translation>Joindre une table d'indicateurs aux communes…</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_indicators.py" line="68" />
      <source>Joins a table as received (CSV with ';' and decimal commas, latin-1, XLSX with title rows, secret markers s/nd/empty) to commune polygons by INSEE code. Codes are normalised (leading zeros, 2A/2B); municipal arrondissements are summed into their commune; with a passage table, communes merged since the table's year are summed into the commune nouvelle (counts only: rates and medians become NULL). Every commune is kept; every table row is either joined or listed in the unmatched table with its reason.</source>
      <translation>Joint une table telle qu'elle a été reçue (CSV à « ; » et virgule décimale, latin-1, XLSX avec lignes de titre, marques de secret s/nd/vide) aux polygones des communes par code INSEE. Les codes sont normalisés (zéros initiaux, 2A/2B) ; les arrondissements municipaux sont additionnés dans leur commune ; avec une table de passage, les communes fusionnées depuis le millésime de la table sont additionnées dans la commune nouvelle (effectifs seulement : taux et médianes deviennent NULL). Toutes les communes sont conservées ; chaque ligne de la table est soit jointe, soit listée dans la table des lignes non jointes avec son motif.</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_offer_page.py" line="44" />
      <source>Keep the atlas of the social and medico-social offer in QGIS</source>
      <translation>Tenir l'atlas de l'offre sociale et médico-sociale dans QGIS</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/import_finess.py" line="66" />
      <source>Keep the facilities already in the layer as they are (only add the new FINESS numbers)</source>
      <translation>Garder tels quels les établissements déjà dans la couche (n'ajouter que les nouveaux n° FINESS)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_settings.py" line="54" />
      <source>Key figure</source>
      <translation>Chiffre clé</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/atlas_key_figures.py" line="70" />
      <source>Key figures</source>
      <translation>Chiffres clés</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_offer_page.py" line="131" />
      <location filename="../../../abs_qgis/ui/project_sources.py" line="103" />
      <source>Label</source>
      <translation>Libellé</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="193" />
      <source>Labels: field written on each polygon (e.g. IRIS names on a city map); optional</source>
      <translation>Étiquettes : champ écrit sur chaque polygone (p. ex. noms des IRIS sur une carte de ville) ; facultatif</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/check_offer.py" line="99" />
      <source>Last update date field, optional</source>
      <translation>Champ de la date de dernière mise à jour, facultatif</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_offer_page.py" line="131" />
      <location filename="../../../abs_qgis/ui/project_sources.py" line="103" />
      <source>Level</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/statistical_secret.py" line="79" />
      <source>Level of that report that designates this layer's territories (e.g. EPCI)</source>
      <translation>Niveau de ce rapport qui désigne les territoires de cette couche (par exemple EPCI)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_indicators.py" line="105" />
      <source>Level of the polygons: {} ({} codes, field {})</source>
      <translation>Niveau des polygones : {} ({} codes, champ {})</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_pages.py" line="177" />
      <source>Levels compared</source>
      <translation>Niveaux comparés</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/check_secret.py" line="19" />
      <source>Lists every violation of the secret rules in a layer prepared elsewhere (NULL = masked): published counts below the threshold, masked values recoverable by difference from a published total, ratios published on a masked or small count.</source>
      <translation>Liste chaque manquement aux règles du secret dans une couche préparée ailleurs (NULL = masqué) : effectifs publiés sous le seuil, valeurs masquées récupérables par différence avec un total publié, ratios publiés sur un effectif masqué ou faible.</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/check_offer.py" line="41" />
      <source>Lists the problems of a facilities layer, one line each: missing, malformed or wrong FINESS numbers (check digit), duplicate FINESS numbers, missing or negative capacities, and — with the commune polygons — facilities lying outside the commune they declare.</source>
      <translation>Liste les problèmes d'une couche d'établissements, un par ligne : numéros FINESS manquants, mal formés ou faux (clé de contrôle), numéros FINESS en double, capacités manquantes ou négatives et — avec les polygones des communes — établissements situés hors de la commune qu'ils déclarent.</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps.py" line="275" />
      <source>Locator and tables</source>
      <translation>Carton et tables</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_settings.py" line="163" />
      <source>Locator inset layer</source>
      <translation>Couche du carton de localisation</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="130" />
      <source>Locator inset: polygons around the territory (e.g. its département), optional</source>
      <translation>Carton de localisation : polygones autour du territoire (par ex. son département), facultatif</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/charter_dialog.py" line="72" />
      <source>Logos</source>
      <translation>Logos</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/charter_dialog.py" line="107" />
      <source>Logos (bottom of the maps)</source>
      <translation>Logos (bas des cartes)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/download/download_insee.py" line="84" />
      <source>Long table (CSV)</source>
      <translation>Table longue (CSV)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/long_tables.py" line="61" />
      <source>Long table (one row per observation): {} rows → {} territories ({}) × {} columns: {}</source>
      <translation>Table longue (une ligne par observation) : {} lignes → {} territoires ({}) × {} colonnes : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_parameters.py" line="62" />
      <source>Long tables (one row per observation, OBS_VALUE): dimension values to keep, DIMENSION=value1,value2;… (e.g. SEX=_T; all if empty)</source>
      <translation>Tables longues (une ligne par observation, OBS_VALUE) : valeurs des dimensions à garder, DIMENSION=valeur1,valeur2;… (ex. SEX=_T ; toutes si vide)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_settings.py" line="54" />
      <source>Map</source>
      <translation>Carte</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps.py" line="273" />
      <source>Map written: {}</source>
      <translation>Carte écrite : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_dialog.py" line="94" />
      <source>Maps</source>
      <translation>Cartes</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="142" />
      <source>Maps added to the open project, group « {} »</source>
      <translation>Cartes ajoutées au projet ouvert, groupe « {} »</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/base.py" line="40" />
      <source>Maps and atlases</source>
      <translation>Cartes et atlas</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="131" />
      <source>Maps not added to the open project: {}</source>
      <translation>Cartes non ajoutées au projet ouvert : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/secret_inputs.py" line="93" />
      <location filename="../../../abs_qgis/ui/project_settings.py" line="210" />
      <source>Mask zeros too</source>
      <translation>Masquer aussi les zéros</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="91" />
      <location filename="../../../abs_qgis/processing/secret/statistical_secret.py" line="104" />
      <source>Masked cells</source>
      <translation>Cases masquées</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/statistical_secret.py" line="57" />
      <source>Masks every count below the threshold (primary secret), keeps cells blank at source masked, masks further cells so that no masked value can be recovered from a published total (each parent of the hierarchy fields and the whole layer) by difference (secondary secret), and masks the ratios resting on a masked or small count (induced). Masked cells are NULL in the output and listed in the abs_secret field; the report lists every masked cell with its reason, never its value. Parent totals that must not be published are listed in the report too.</source>
      <translation>Masque chaque effectif inférieur au seuil (secret primaire), garde masquées les cases vides à la source, masque d'autres cases pour qu'aucune valeur masquée ne puisse être retrouvée par différence avec un total publié (chaque parent des champs de hiérarchie et l'ensemble de la couche : secret secondaire), et masque les ratios qui reposent sur un effectif masqué ou faible (secret induit). Les cases masquées sont NULL dans la sortie et listées dans le champ abs_secret ; le rapport liste chaque case masquée avec son motif, jamais sa valeur. Les totaux de regroupement à ne pas publier y figurent aussi.</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/download/melodi_client.py" line="68" />
      <source>Melodi answered {} ({}): new try in {:.0f} s</source>
      <translation>Melodi a répondu {} ({}) : nouvel essai dans {:.0f} s</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/download/download_insee.py" line="52" />
      <source>Melodi dataset (e.g. DS_POPULATIONS_REFERENCE)</source>
      <translation>Jeu de données Melodi (par ex. DS_POPULATIONS_REFERENCE)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/download/melodi_client.py" line="86" />
      <source>Melodi does not know this request ({}, answer {}): check the dataset id (catalogue: /catalog/all) and the filters</source>
      <translation>Melodi ne connaît pas cette requête ({}, réponse {}) : vérifiez l'identifiant du jeu de données (catalogue : /catalog/all) et les filtres</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/download/download_insee.py" line="127" />
      <source>Melodi has no observation of {} for {} (territory or period without data)</source>
      <translation>Melodi n'a aucune observation de {} pour {} (territoire ou période sans donnée)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_sources.py" line="103" />
      <source>Millésime</source>
      <translation>Millésime</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/secret_inputs.py" line="90" />
      <source>Minimum publishable count</source>
      <translation>Effectif minimal publiable</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/cartography/atlas_facilities.py" line="48" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_dialog.py" line="51" />
      <source>Name of the ABS</source>
      <translation>Nom de l'ABS</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_parameters.py" line="77" />
      <source>Name of the studied territory, optional</source>
      <translation>Nom du territoire étudié (facultatif)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_pages.py" line="179" />
      <source>Name of the whole layer as a reference</source>
      <translation>Nom de l'ensemble de la couche comme référence</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_parameters.py" line="116" />
      <source>Name of the whole reference layer</source>
      <translation>Nom de l'ensemble de la couche de référence</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="68" />
      <location filename="../../../abs_qgis/ui/project_settings.py" line="129" />
      <source>Natural breaks (Jenks)</source>
      <translation>Seuils naturels (Jenks)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/menu.py" line="37" />
      <source>New ABS…</source>
      <translation>Nouvelle ABS…</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/offer_by_commune.py" line="171" />
      <source>No INSEE code field found in the commune layer ({}): choose it</source>
      <translation>Aucun champ de code INSEE trouvé dans la couche des communes ({}) : choisissez-le</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/create_offer_layer.py" line="178" />
      <source>No INSEE code field found in the commune layer ({}): choose it in « INSEE code field of the communes » (COMMUNE_FIELD)</source>
      <translation>Aucun champ de code INSEE trouvé dans la couche des communes ({}) : choisissez-le dans « Champ du code INSEE des communes » (COMMUNE_FIELD)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/polygon_codes.py" line="28" />
      <source>No INSEE code field found in the layer (fields: {}); choose it in « INSEE code field of the communes » (COMMUNE_FIELD)</source>
      <translation>Aucun champ de code INSEE trouvé dans la couche (champs : {}) ; choisissez-le dans « Champ du code INSEE des communes » (COMMUNE_FIELD)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_territories.py" line="183" />
      <source>No commune code field in the layer to read the grouping table</source>
      <translation>Aucun champ de code commune dans la couche pour lire la table des regroupements</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_settings.py" line="218" />
      <source>No count under the threshold is published, nor recoverable by difference.</source>
      <translation>Aucun effectif sous le seuil n'est publié, ni retrouvable par différence.</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/charter_dialog.py" line="104" />
      <source>No data</source>
      <translation>Pas de donnée</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/facilities.py" line="46" />
      <source>No facility of the categories {} in the layer</source>
      <translation>Aucun établissement des catégories {} dans la couche</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/cartography/atlas_facilities.py" line="122" />
      <source>No facility of the offer in this territory</source>
      <translation>Aucun établissement de l'offre dans ce territoire</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/offer_access.py" line="119" />
      <source>No facility with a position among the chosen categories</source>
      <translation>Aucun établissement positionné parmi les catégories choisies</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/compute_indicators.py" line="97" />
      <source>No indicator of the catalogue can be computed with the fields of this layer</source>
      <translation>Aucun indicateur du catalogue n'est calculable avec les champs de cette couche</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps.py" line="348" />
      <source>No source known for « {} »: fill in « Sources line » (SOURCES)</source>
      <translation>Aucune source connue pour « {} » : remplissez « Ligne des sources » (SOURCES)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/secret_inputs.py" line="167" />
      <source>No territory code field found: choose it in « Territory code field » (CODE_FIELD)</source>
      <translation>Aucun champ de code de territoire trouvé : choisissez-le dans « Champ du code du territoire » (CODE_FIELD)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/offer_by_commune.py" line="155" />
      <location filename="../../../abs_qgis/processing/project/offer_step.py" line="189" />
      <source>Not in the offer layer (rates not computable): {}</source>
      <translation>Absents de la couche de l'offre (taux non calculables) : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/statistical_secret.py" line="183" />
      <source>Not published (neither protected by the secret nor declared public): {}</source>
      <translation>Non publiés (ni protégés par le secret ni déclarés publics) : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="100" />
      <location filename="../../../abs_qgis/ui/project_settings.py" line="151" />
      <source>Number of classes</source>
      <translation>Nombre de classes</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps.py" line="183" />
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="92" />
      <source>Number of maps</source>
      <translation>Nombre de cartes</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/download/download_insee.py" line="85" />
      <source>Observations</source>
      <translation>Observations</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/offer_maps.py" line="46" />
      <location filename="../../../abs_qgis/processing/offer/offer_maps.py" line="39" />
      <location filename="../../../abs_qgis/processing/offer/offer_maps.py" line="104" />
      <location filename="../../../abs_qgis/ui/project_dialog.py" line="96" />
      <source>Offer</source>
      <translation>Offre</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/offer_step.py" line="185" />
      <source>Offer ({}): {}</source>
      <translation>Offre ({}) : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/create_offer_layer.py" line="117" />
      <source>Offer GeoPackage</source>
      <translation>GeoPackage de l'offre</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/offer_by_commune.py" line="62" />
      <source>Offer by commune</source>
      <translation>Offre par commune</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/create_offer_layer.py" line="157" />
      <source>Offer form and style (abs_qgis)</source>
      <translation>Formulaire et style de l'offre (abs_qgis)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_offer_page.py" line="65" />
      <source>Offer layer (GeoPackage, created at the first run)</source>
      <translation>Couche de l'offre (GeoPackage, créée au premier lancement)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/import_finess.py" line="49" />
      <source>Offer layer (created by « Create the offer layer »)</source>
      <translation>Couche de l'offre (créée par « Créer la couche de l'offre »)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/offer_by_commune.py" line="87" />
      <source>Offer layer (facilities)</source>
      <translation>Couche de l'offre (établissements)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/offer_step.py" line="65" />
      <source>Offer layer created in {}: add or edit its facilities in QGIS</source>
      <translation>Couche de l'offre créée dans {} : ajoutez ou modifiez ses établissements dans QGIS</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/create_offer_layer.py" line="160" />
      <source>Offer layer written in {}</source>
      <translation>Couche de l’offre écrite dans {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="94" />
      <source>Offer rows flagged by the checks</source>
      <translation>Lignes de l'offre signalées par la vérification</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/offer_step.py" line="187" />
      <source>Offer up to date on {}</source>
      <translation>Offre à jour au {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="246" />
      <source>Offer: checks of {}</source>
      <translation>Offre : vérification de {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/menu.py" line="20" />
      <source>Open an ABS project</source>
      <translation>Ouvrir un projet d'ABS</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/menu.py" line="37" />
      <source>Open an ABS…</source>
      <translation>Ouvrir une ABS…</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/create_offer_layer.py" line="104" />
      <source>Or a PostgreSQL/PostGIS database, for several editors at once: the name of a QGIS connection, or « host=… dbname=… user=… » / « service=… » (optional)</source>
      <translation>Ou une base PostgreSQL/PostGIS, pour plusieurs éditeurs à la fois : le nom d’une connexion de QGIS, ou « host=… dbname=… user=… » / « service=… » (facultatif)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/layout_parameter.py" line="31" />
      <source>Or your own page template (replaces the page layout above)</source>
      <translation>Ou votre modèle de mise en page (remplace la mise en page ci-dessus)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/charter_dialog.py" line="101" />
      <source>Organisation (printed on every map)</source>
      <translation>Organisme (imprimé sur chaque carte)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/indicator_fields_widget.py" line="94" />
      <source>Other fields</source>
      <translation>Autres champs</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/catalogue_parameters.py" line="50" />
      <source>Other indicators: ids of your catalogue, comma-separated</source>
      <translation>Autres indicateurs : identifiants de votre catalogue, séparés par des virgules</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/charter_dialog.py" line="104" />
      <source>Outlines</source>
      <translation>Contours</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="207" />
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="88" />
      <location filename="../../../abs_qgis/ui/project_dialog.py" line="52" />
      <source>Output folder</source>
      <translation>Dossier de sortie</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/document_step.py" line="180" />
      <source>PDF of the document not written: LibreOffice was not found (install it to get the PDF)</source>
      <translation>PDF du document non écrit : LibreOffice est introuvable (installez-le pour obtenir le PDF)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/layout_parameter.py" line="25" />
      <location filename="../../../abs_qgis/ui/project_settings.py" line="152" />
      <source>Page layout</source>
      <translation>Mise en page</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/secret_inputs.py" line="97" />
      <source>Parent code fields whose totals are published (EPCI, sector, département…)</source>
      <translation>Champs des codes parents dont les totaux sont publiés (EPCI, secteur, département…)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_sources.py" line="103" />
      <source>Passage</source>
      <translation>Passage</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/cartography/atlas_facilities.py" line="113" />
      <location filename="../../../abs_qgis/cartography/atlas_facilities.py" line="54" />
      <location filename="../../../abs_qgis/processing/offer/offer_maps.py" line="77" />
      <source>Places</source>
      <translation>Places</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="201" />
      <source>Points drawn over the map with their own style (e.g. the offer layer), optional</source>
      <translation>Points dessinés sur la carte avec leur propre style (par exemple la couche de l'offre), facultatif</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/offer_access.py" line="105" />
      <source>Population beyond {} km: {} ({} %)</source>
      <translation>Population au-delà de {} km : {} ({} %)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_offer_page.py" line="88" />
      <source>PostgreSQL database « {} » (kept as written)</source>
      <translation>Base PostgreSQL « {} » (gardée telle qu'écrite)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/catalogue_parameters.py" line="104" />
      <source>Preferred census year (e.g. 2018 for P18_* columns); empty: the freshest for each indicator</source>
      <translation>Année de recensement préférée (par ex. 2018 pour les colonnes P18_*) ; vide : la plus récente pour chaque indicateur</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="72" />
      <location filename="../../../abs_qgis/ui/project_settings.py" line="133" />
      <source>Pretty breaks</source>
      <translation>Seuils arrondis (pretty)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps.py" line="165" />
      <source>Prints one map per indicator field: choropleth classified by a QGIS method for rates, proportional circles with a nested legend for counts, legend in French number format, a hatched class for the statistical secret and one for communes without data, scale bar, north arrow, sources line and date, on a print layout template (A4 portrait, A4 landscape, A3 landscape, or your own .qpt with the same item ids). An optional context layer (the département) gives a locator inset. The atlas prints one page per territory with a key-figures table compared with the references and a chart of its indicators, in one PDF or one file per territory (atlas_densite_63003.pdf). File names are derived from the title when one is given, else from the field name (densite.pdf); existing files are only replaced when « Replace existing files » is ticked.</source>
      <translation>Imprime une carte par champ indicateur : aplats classés par une méthode de QGIS pour les taux, cercles proportionnels avec légende emboîtée pour les effectifs, légende en format numérique français, une classe hachurée pour le secret statistique et une pour les communes sans donnée, échelle, flèche du nord, ligne des sources et date, sur un modèle de mise en page (A4 portrait, A4 paysage, A3 paysage, ou votre propre .qpt avec les mêmes identifiants d'éléments). Une couche de contexte facultative (le département) donne un carton de localisation. L'atlas imprime une page par territoire avec un tableau de chiffres clés comparés aux références et un graphique de ses indicateurs, en un seul PDF ou un fichier par territoire (atlas_densite_63003.pdf). Les noms de fichiers viennent du titre s'il est donné, sinon du nom du champ (densite.pdf) ; les fichiers existants ne sont remplacés que si « Remplacer les fichiers existants » est coché.</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/check_offer.py" line="113" />
      <source>Problems</source>
      <translation>Problèmes</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="63" />
      <location filename="../../../abs_qgis/ui/project_dialog.py" line="107" />
      <source>Produce the ABS</source>
      <translation>Produire l'ABS</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/menu.py" line="54" />
      <source>Produce the ABS from a project file…</source>
      <translation>Produire l'ABS à partir d'un fichier de projet…</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_dialog.py" line="136" />
      <source>Project file</source>
      <translation>Fichier de projet</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps.py" line="278" />
      <source>Project to retouch the maps in QGIS: {}</source>
      <translation>Projet pour retoucher les cartes dans QGIS : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="85" />
      <source>Proportional circles (counts)</source>
      <translation>Cercles proportionnels (effectifs)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/statistical_secret.py" line="86" />
      <source>Publishable fields only: codes, names, indicators, protected counts and counts declared public (the other numbers stay out of the output)</source>
      <translation>Champs publiables seulement : codes, noms, indicateurs, effectifs protégés et effectifs déclarés publics (les autres nombres restent hors de la sortie)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_settings.py" line="223" />
      <source>Published totals (hierarchy)</source>
      <translation>Totaux publiés (hiérarchie)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_territories.py" line="313" />
      <source>Published values ({}): {}</source>
      <translation>Valeurs publiées ({}) : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="73" />
      <location filename="../../../abs_qgis/ui/project_settings.py" line="134" />
      <source>Q6 (quantiles 5, 25, 50, 75, 95 %)</source>
      <translation>Q6 (quantiles 5, 25, 50, 75, 95 %)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_settings.py" line="144" />
      <source>QGIS page template</source>
      <translation>Modèle de mise en page QGIS</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/layout_parameter.py" line="33" />
      <source>QGIS page template (*.qpt)</source>
      <translation>Modèle de mise en page QGIS (*.qpt)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps.py" line="184" />
      <source>QGIS project of the maps (.qgz)</source>
      <translation>Projet QGIS des cartes (.qgz)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="69" />
      <location filename="../../../abs_qgis/ui/project_settings.py" line="130" />
      <source>Quantiles</source>
      <translation>Quantiles</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_parameters.py" line="128" />
      <source>Quartier prioritaire (QPV)</source>
      <translation>Quartier prioritaire (QPV)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_indicators.py" line="366" />
      <source>Rates and other non-summable numbers: {}</source>
      <translation>Taux et autres valeurs non additionnables : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/download/download_insee.py" line="86" />
      <source>Read from the cache</source>
      <translation>Lu dans le cache</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/download/download_insee.py" line="95" />
      <source>Read from the cache, without the network: {}</source>
      <translation>Lu dans le cache, sans le réseau : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_indicators.py" line="186" />
      <source>Reading the layer {}</source>
      <translation>Lecture de la couche {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_indicators.py" line="193" />
      <source>Reading {}</source>
      <translation>Lecture de {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/import_finess.py" line="37" />
      <source>Reads a FINESS-like extract (CSV, XLSX…: FINESS number, name, category, capacity, commune, longitude/latitude) and brings it into the offer layer: a facility already there (same FINESS number) is updated, a new one is created, and every other row is listed with its reason (wrong FINESS key, unknown category, missing or foreign coordinates, other département). Read rows = created + updated + skipped.</source>
      <translation>Lit un extrait de type FINESS (CSV, XLSX… : numéro FINESS, nom, catégorie, capacité, commune, longitude/latitude) et le reporte dans la couche de l'offre : un établissement déjà présent (même numéro FINESS) est mis à jour, un nouveau est créé, et chaque autre ligne est listée avec son motif (clé FINESS fausse, catégorie inconnue, coordonnées manquantes ou hors de France, autre département). Lignes lues = créées + mises à jour + écartées.</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_offer_page.py" line="69" />
      <source>Records not updated for more than (months) are listed</source>
      <translation>Fiches non mises à jour depuis plus de (mois) : listées</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/check_offer.py" line="107" />
      <source>Records older than this many months are listed</source>
      <translation>Les fiches plus anciennes que ce nombre de mois sont listées</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_territories.py" line="203" />
      <location filename="../../../abs_qgis/processing/indicators/aggregate_territories.py" line="224" />
      <source>Reference level « {} » must be a field of both layers</source>
      <translation>Le niveau de référence « {} » doit être un champ des deux couches</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_parameters.py" line="105" />
      <source>Reference levels: fields of both layers, comma-separated (e.g. DEP,REG)</source>
      <translation>Niveaux de référence : champs des deux couches, séparés par des virgules (par exemple DEP,REG)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_dialog.py" line="92" />
      <source>References</source>
      <translation>Références</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/download/download_insee.py" line="62" />
      <source>Refresh (fetch again)</source>
      <translation>Actualiser (télécharger de nouveau)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_territories.py" line="263" />
      <source>Region</source>
      <translation>Région</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/charter_dialog.py" line="57" />
      <location filename="../../../abs_qgis/ui/project_blocks.py" line="36" />
      <location filename="../../../abs_qgis/ui/project_sources.py" line="116" />
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="136" />
      <location filename="../../../abs_qgis/processing/offer/create_offer_layer.py" line="114" />
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="82" />
      <source>Replace existing files</source>
      <translation>Remplacer les fichiers existants</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/statistical_secret.py" line="71" />
      <source>Report of another run (CSV) whose masked cells apply here, optional</source>
      <translation>Rapport d'une autre exécution (CSV) dont les cases masquées s'appliquent ici, facultatif</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="81" />
      <source>Representation</source>
      <translation>Représentation</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="119" />
      <source>Resolution (dpi)</source>
      <translation>Résolution (dpi)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_offer_page.py" line="68" />
      <source>Road network for distances (optional; as the crow flies if empty)</source>
      <translation>Réseau routier pour les distances (facultatif ; à vol d'oiseau si vide)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/road_network.py" line="31" />
      <source>Roads (optional): distances along this network instead of a straight line</source>
      <translation>Routes (facultatif) : distances le long de ce réseau au lieu de la ligne droite</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_sources.py" line="103" />
      <source>Rows</source>
      <translation>Lignes</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/import_finess.py" line="70" />
      <source>Rows not imported</source>
      <translation>Lignes non importées</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="90" />
      <location filename="../../../abs_qgis/processing/tables/join_parameters.py" line="186" />
      <source>Rows not joined</source>
      <translation>Lignes non jointes</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/long_tables.py" line="69" />
      <source>Rows of another level, not joined (listed with the rejected rows): {}</source>
      <translation>Lignes d'un autre niveau, non jointes (listées avec les lignes rejetées) : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="89" />
      <source>Rows read</source>
      <translation>Lignes lues</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/import_finess.py" line="97" />
      <source>Rows read: {}; created: {}; updated: {}; not imported: {}</source>
      <translation>Lignes lues : {} ; créées : {} ; mises à jour : {} ; non importées : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_indicators.py" line="357" />
      <source>Rows read: {}; joined: {} (of which {} summed into a commune); not joined: {}</source>
      <translation>Lignes lues : {} ; jointes : {} (dont {} additionnées dans une commune) ; non jointes : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="362" />
      <source>Rows read: {}; joined: {} (of which {} summed into a commune); outside the territory: {}; not joined: {}</source>
      <translation>Lignes lues : {} ; jointes : {} (dont {} additionnées dans une commune) ; hors du territoire : {} ; non jointes : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/secret_inputs.py" line="111" />
      <source>Rules file (YAML: per-field thresholds, ratios and their counts), optional</source>
      <translation>Fichier de règles (YAML : seuils par champ, ratios et leurs effectifs), facultatif</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/secret_inputs.py" line="131" />
      <location filename="../../../abs_qgis/processing/secret/secret_inputs.py" line="137" />
      <source>Rules file {} unreadable: {}</source>
      <translation>Fichier de règles {} illisible : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/secret_inputs.py" line="149" />
      <source>Rules file {}: threshold of {} must be a whole number ≥ 1</source>
      <translation>Fichier de règles {} : le seuil de {} doit être un entier ≥ 1</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/secret_inputs.py" line="145" />
      <source>Rules file {}: unknown fields {}</source>
      <translation>Fichier de règles {} : champs inconnus {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="66" />
      <source>Runs the whole social needs analysis from one project file (YAML): joins every source table to the communes, computes the catalogue's indicators, applies the statistical secret, aggregates to the groups (EPCI, sectors) with references, prints the maps and the atlas. Re-run it with the tables of a new millésime to get the same documents with the new figures. The output folder is only rewritten when it was written by this algorithm, or when « Replace existing files » is ticked. In the QGIS desktop, « Add the maps and layouts to the open QGIS project » brings the maps into a group « ABS — &lt;name&gt; » (one map theme and one layout per map); a new run replaces them.</source>
      <translation>Produit toute l'analyse des besoins sociaux à partir d'un fichier de projet (YAML) : joint chaque table source aux communes, calcule les indicateurs du catalogue, applique le secret statistique, agrège aux regroupements (EPCI, secteurs) avec les références, imprime les cartes et l'atlas. Relancé avec les tables d'un nouveau millésime, il produit les mêmes documents avec les nouveaux chiffres. Le dossier de sortie n'est réécrit que s'il a été écrit par cet algorithme, ou si « Remplacer les fichiers existants » est coché. Dans QGIS, « Ajouter les cartes et mises en page au projet QGIS ouvert » place les cartes dans un groupe « ABS — &lt;nom&gt; » (un thème de carte et une mise en page par carte) ; une nouvelle production les remplace.</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_parameters.py" line="132" />
      <source>Région</source>
      <translation>Région</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_dialog.py" line="105" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_dialog.py" line="106" />
      <source>Save as…</source>
      <translation>Enregistrer sous…</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_dialog.py" line="189" />
      <source>Save the ABS project</source>
      <translation>Enregistrer le projet d'ABS</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/charter_dialog.py" line="113" />
      <source>Save the charter as…</source>
      <translation>Enregistrer la charte sous…</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/charter_dialog.py" line="46" />
      <source>Save the graphic charter</source>
      <translation>Enregistrer la charte graphique</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_dialog.py" line="166" />
      <source>Saved, but not ready to run: {}</source>
      <translation>Enregistré, mais pas prêt à être produit : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_dialog.py" line="168" />
      <source>Saved; ready to run.</source>
      <translation>Enregistré ; prêt à être produit.</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/create_offer_layer.py" line="112" />
      <source>Schema of the database</source>
      <translation>Schéma de la base</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/name_picker.py" line="16" />
      <source>Search a name…</source>
      <translation>Chercher un nom…</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/indicator_fields_widget.py" line="68" />
      <source>Search an indicator…</source>
      <translation>Chercher un indicateur…</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/download/download_insee.py" line="74" />
      <source>Seconds between two requests (the API allows about 30 a minute)</source>
      <translation>Secondes entre deux requêtes (l'API en accepte environ 30 par minute)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/download/download_insee.py" line="81" />
      <source>Seconds without answer before a request is abandoned</source>
      <translation>Secondes sans réponse avant d'abandonner une requête</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/secret_inputs.py" line="113" />
      <source>Secret rules (*.yaml *.yml)</source>
      <translation>Règles du secret (*.yaml *.yml)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_parameters.py" line="130" />
      <source>Sector</source>
      <translation>Secteur</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/chart_dock.py" line="44" />
      <location filename="../../../abs_qgis/ui/chart_dock.py" line="69" />
      <source>Select a territory of an ABS layer</source>
      <translation>Sélectionnez un territoire d'une couche de l'ABS</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_parameters.py" line="44" />
      <source>Sheet (spreadsheets; first sheet if empty)</source>
      <translation>Feuille (classeurs ; la première si vide)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/base.py" line="42" />
      <source>Social and medico-social offer</source>
      <translation>Offre sociale et médico-sociale</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/provider.py" line="46" />
      <source>Social needs analysis</source>
      <translation>Analyse des besoins sociaux</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/provider.py" line="49" />
      <source>Social needs analysis (ABS) {}</source>
      <translation>Analyse des besoins sociaux (ABS) {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_offer_page.py" line="58" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/import_finess.py" line="62" />
      <source>Source label</source>
      <translation>Libellé de la source</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_dialog.py" line="91" />
      <source>Sources</source>
      <translation>Sources</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="45" />
      <source>Sources line (default: the charter's pattern with the indicator's source from the catalogue)</source>
      <translation>Ligne des sources (par défaut : le modèle de la charte avec la source de l'indicateur tirée du catalogue)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/charter_dialog.py" line="108" />
      <source>Sources line ({source}, {organisation})</source>
      <translation>Ligne des sources ({source}, {organisation})</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="71" />
      <location filename="../../../abs_qgis/ui/project_settings.py" line="132" />
      <source>Standard deviation</source>
      <translation>Écart type</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/base.py" line="39" />
      <location filename="../../../abs_qgis/processing/maps/map_layers.py" line="42" />
      <location filename="../../../abs_qgis/ui/project_dialog.py" line="95" />
      <source>Statistical secret</source>
      <translation>Secret statistique</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/charter_dialog.py" line="104" />
      <source>Statistical secret (hatching)</source>
      <translation>Secret statistique (hachures)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/map_layers.py" line="62" />
      <source>Statistical secret: values resting on too few people are not published (hatched areas).</source>
      <translation>Secret statistique : les valeurs reposant sur trop peu de personnes ne sont pas diffusées (zones hachurées).</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="224" />
      <source>Step {}: ABS document</source>
      <translation>Étape {} : document de l'ABS</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="296" />
      <source>Step {}: groups and references</source>
      <translation>Étape {} : regroupements et références</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="264" />
      <source>Step {}: indicators</source>
      <translation>Étape {} : indicateurs</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="184" />
      <source>Step {}: joining {}</source>
      <translation>Étape {} : jointure de {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="218" />
      <source>Step {}: maps and atlas</source>
      <translation>Étape {} : cartes et atlas</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="222" />
      <source>Step {}: portrait workbook</source>
      <translation>Étape {} : classeur du portrait</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="280" />
      <source>Step {}: statistical secret</source>
      <translation>Étape {} : secret statistique</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_territories.py" line="216" />
      <source>Studied territory</source>
      <translation>Territoire étudié</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="41" />
      <source>Subtitle</source>
      <translation>Sous-titre</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_parameters.py" line="132" />
      <source>Sum over the communes that have a value when some have none (flagged « partiel »)</source>
      <translation>Additionner les communes qui ont une valeur quand d'autres n'en ont pas (signalé « partiel »)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_parameters.py" line="111" />
      <source>Sum rows with the same code instead of stopping</source>
      <translation>Additionner les lignes de même code au lieu de s'arrêter</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/equipment_rate.py" line="40" />
      <source>Sums the places of the facilities (points) falling in each territory and divides them by a target population field × 1 000 (e.g. EHPAD places per 1 000 people aged 75 or more). With a grouping field, the groups and the whole layer are computed from the sums (Σ places / Σ population), never as a mean of rates. Facilities outside every territory are listed with their reason.</source>
      <translation>Additionne les places des établissements (points) situés dans chaque territoire et les rapporte à un champ de population cible × 1 000 (par exemple les places en EHPAD pour 1 000 personnes de 75 ans et plus). Avec un champ de regroupement, les regroupements et l'ensemble de la couche sont calculés à partir des sommes (Σ places / Σ population), jamais comme une moyenne de taux. Les établissements situés hors de tout territoire sont listés avec leur motif.</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_offer_page.py" line="131" />
      <location filename="../../../abs_qgis/ui/project_sources.py" line="103" />
      <source>Table</source>
      <translation>Table</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_sources.py" line="170" />
      <source>Table of passage between geographies</source>
      <translation>Table de passage entre géographies</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_sources.py" line="117" />
      <source>Table of passage…</source>
      <translation>Table de passage…</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_parameters.py" line="38" />
      <location filename="../../../abs_qgis/processing/indicators/aggregate_parameters.py" line="62" />
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="187" />
      <location filename="../../../abs_qgis/processing/secret/statistical_secret.py" line="73" />
      <location filename="../../../abs_qgis/processing/tables/join_parameters.py" line="39" />
      <location filename="../../../abs_qgis/processing/tables/join_parameters.py" line="162" />
      <source>Tables (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods);;All files (*)</source>
      <translation>Tables (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_pages.py" line="205" />
      <source>Tables joined to the references: {} (as in the project file; by default the project's sources)</source>
      <translation>Tables jointes aux références : {} (comme dans le fichier de projet ; par défaut, les sources du projet)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_sources.py" line="156" />
      <source>Tables to join to the communes</source>
      <translation>Tables à joindre aux communes</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/equipment_rate.py" line="69" />
      <location filename="../../../abs_qgis/processing/offer/offer_access.py" line="50" />
      <source>Target population field (e.g. POP75P)</source>
      <translation>Champ de la population cible (par exemple POP75P)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/equipment_rate.py" line="57" />
      <location filename="../../../abs_qgis/processing/offer/offer_access.py" line="43" />
      <source>Territories (polygons) with the target population</source>
      <translation>Territoires (polygones) avec la population cible</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_indicators.py" line="361" />
      <source>Territories in the layer: {}; without data: {}</source>
      <translation>Territoires de la couche : {} ; sans donnée : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_pages.py" line="182" />
      <source>Territories of comparison (EPCI)</source>
      <translation>Territoires de comparaison (EPCI)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_parameters.py" line="122" />
      <source>Territories of comparison in the reference layer: field=code=name, separated by « ; » (e.g. EPCI=200070712=CC Thiers Dore et Montagne), optional</source>
      <translation>Territoires de comparaison dans la couche des références : champ=code=nom, séparés par « ; » (par ex. EPCI=200070712=CC Thiers Dore et Montagne), facultatif</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="23" />
      <source>Territories to map</source>
      <translation>Territoires à cartographier</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/secret_inputs.py" line="67" />
      <source>Territories with counts and ratios</source>
      <translation>Territoires avec effectifs et ratios</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/equipment_rate.py" line="82" />
      <source>Territories with equipment rates</source>
      <translation>Territoires avec taux d'équipement</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/compute_indicators.py" line="69" />
      <source>Territories with indicators</source>
      <translation>Territoires avec indicateurs</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/compute_indicators.py" line="66" />
      <source>Territories with source columns</source>
      <translation>Territoires avec colonnes sources</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/offer_access.py" line="57" />
      <source>Territories with their distance</source>
      <translation>Territoires avec leur distance</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/statistical_secret.py" line="103" />
      <source>Territories, secret applied</source>
      <translation>Territoires, secret appliqué</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_dialog.py" line="90" />
      <source>Territory</source>
      <translation>Territoire</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/download/download_insee.py" line="58" />
      <source>Territory and filters, in order (e.g. GEO=EPCI-244400404*COM; POPREF_MEASURE=PMUN)</source>
      <translation>Territoire et filtres, dans l'ordre (par ex. GEO=EPCI-244400404*COM; POPREF_MEASURE=PMUN)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_parameters.py" line="144" />
      <location filename="../../../abs_qgis/processing/project/outputs_step.py" line="96" />
      <source>Territory and references</source>
      <translation>Territoire et références</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/equipment_rate.py" line="63" />
      <source>Territory code field</source>
      <translation>Champ du code du territoire</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/secret_inputs.py" line="73" />
      <source>Territory code field (detected if empty)</source>
      <translation>Champ du code du territoire (détecté si vide)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_offer_page.py" line="125" />
      <source>Territory named in the text</source>
      <translation>Territoire nommé dans le texte</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_territories.py" line="276" />
      <source>Territory of comparison</source>
      <translation>Territoire de comparaison</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_territories.py" line="269" />
      <source>Territory of comparison « {} »: no feature of the reference layer has {} = {}</source>
      <translation>Territoire de comparaison « {} » : aucune entité de la couche des références n'a {} = {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_territories.py" line="235" />
      <source>Territory of comparison « {} »: the reference layer has no field « {} »</source>
      <translation>Territoire de comparaison « {} » : la couche des références n'a pas de champ « {} »</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_pages.py" line="89" />
      <source>Territory studied</source>
      <translation>Territoire étudié</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_indicators.py" line="367" />
      <source>Text columns: {}</source>
      <translation>Colonnes texte : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="107" />
      <source>The ABS is incomplete: {} says so, the folder is not to be shared</source>
      <translation>L'ABS est incomplète : {} le dit, le dossier n'est pas à diffuser</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_pages.py" line="73" />
      <source>The EPCI ticked below</source>
      <translation>Les EPCI cochés ci-dessous</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/download/melodi_client.py" line="91" />
      <source>The Melodi API answered {} to {}: {}</source>
      <translation>L'API Melodi a répondu {} à {} : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/download/melodi_client.py" line="92" />
      <source>The Melodi API cannot be reached ({}): {}. Check the network or the proxy in QGIS (Settings › Options › Network), or work offline from files already downloaded</source>
      <translation>L'API Melodi est injoignable ({}) : {}. Vérifiez le réseau ou le proxy dans QGIS (Préférences › Options › Réseau), ou travaillez hors ligne avec des fichiers déjà téléchargés</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/download/melodi_client.py" line="78" />
      <source>The Melodi API does not answer ({} s without answer, {} tries): {}; try again later</source>
      <translation>L'API Melodi ne répond pas ({} s sans réponse, {} essais) : {} ; réessayez plus tard</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/download/melodi_client.py" line="82" />
      <source>The Melodi API refused too many requests ({}) even after {} tries: try again in a few minutes</source>
      <translation>L'API Melodi a refusé trop de requêtes ({}) même après {} essais : réessayez dans quelques minutes</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps.py" line="326" />
      <source>The atlas field « {} » has duplicate values ({}): one page per territory needs unique codes</source>
      <translation>Le champ de l'atlas « {} » a des valeurs en double ({}) : une page par territoire demande des codes uniques</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps.py" line="333" />
      <source>The atlas field « {} » is empty on some features: one file per territory needs a code on each</source>
      <translation>Le champ d'atlas « {} » est vide sur certaines entités : un fichier par territoire demande un code sur chacune</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps.py" line="316" />
      <source>The atlas in one file is a PDF: choose the PDF format, or one file per territory</source>
      <translation>L’atlas en un seul fichier est un PDF : choisissez le format PDF, ou un fichier par territoire</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/polygon_codes.py" line="41" />
      <source>The codes of field {} are neither commune (5 characters), IRIS (9) nor QPV codes: choose « Geographic level of the polygons » (LEVEL)</source>
      <translation>Les codes du champ {} ne sont ni des codes commune (5 caractères), ni IRIS (9), ni QPV : choisissez le « Niveau géographique des polygones » (LEVEL)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/create_offer_layer.py" line="171" />
      <location filename="../../../abs_qgis/processing/tables/join_indicators.py" line="83" />
      <source>The commune layer cannot be read</source>
      <translation>La couche de communes est illisible</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_indicators.py" line="236" />
      <source>The commune layer is older than the table for {} communes nouvelles ({}): their rows are not joined; tick « Dissolve the polygons of communes the table counts as one commune » (UPDATE_GEOMETRY)</source>
      <translation>La couche de communes est antérieure à la table pour {} communes nouvelles ({}) : leurs lignes ne sont pas jointes ; cochez « Fusionner les polygones des communes que la table compte comme une seule commune » (UPDATE_GEOMETRY)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_pages.py" line="74" />
      <source>The communes ticked below</source>
      <translation>Les communes cochées ci-dessous</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/layers/layer_checks.py" line="39" />
      <source>The coordinates of the layer {} ({:.0f}, {:.0f} – {:.0f}, {:.0f}) are outside the area of its coordinate system {}: a wrong system (metres read as degrees)?</source>
      <translation>Les coordonnées de la couche {} ({:.0f}, {:.0f} – {:.0f}, {:.0f}) sont hors de la zone de son système de coordonnées {} : système faux (des mètres lus comme des degrés) ?</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_pages.py" line="168" />
      <source>The département (field DEP)</source>
      <translation>Le département (champ DEP)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps.py" line="218" />
      <location filename="../../../abs_qgis/processing/maps/export_maps.py" line="255" />
      <source>The file {} already exists: choose another folder or tick « Replace existing files » (OVERWRITE)</source>
      <translation>Le fichier {} existe déjà : choisissez un autre dossier ou cochez « Remplacer les fichiers existants » (OVERWRITE)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/atlas_key_figures.py" line="95" />
      <source>The folder {} already exists: choose another folder or tick « Replace existing files » (OVERWRITE)</source>
      <translation>Le dossier {} existe déjà : choisissez un autre dossier ou cochez « Remplacer les fichiers existants » (OVERWRITE)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="112" />
      <source>The folder {} is incomplete ({})</source>
      <translation>Le dossier {} est incomplet ({})</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_territories.py" line="111" />
      <location filename="../../../abs_qgis/processing/indicators/compute_indicators.py" line="74" />
      <location filename="../../../abs_qgis/processing/offer/check_offer.py" line="118" />
      <location filename="../../../abs_qgis/processing/offer/equipment_rate.py" line="94" />
      <location filename="../../../abs_qgis/processing/offer/offer_access.py" line="63" />
      <location filename="../../../abs_qgis/processing/offer/offer_by_commune.py" line="125" />
      <location filename="../../../abs_qgis/processing/secret/secret_inputs.py" line="158" />
      <source>The input layer cannot be read</source>
      <translation>La couche d'entrée est illisible</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps.py" line="189" />
      <source>The layer to map cannot be read</source>
      <translation>La couche à cartographier est illisible</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/layers/layer_checks.py" line="24" />
      <source>The layer {} has no coordinate system: areas, densities and distances are wrong</source>
      <translation>La couche {} n'a pas de système de coordonnées : surfaces, densités et distances sont fausses</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps.py" line="383" />
      <source>The layout has no « chiffres_cles » table: atlas pages without key figures</source>
      <translation>La mise en page n'a pas de tableau « chiffres_cles » : pages d'atlas sans chiffres clés</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps.py" line="387" />
      <source>The layout has no « graphique » picture: atlas pages without chart</source>
      <translation>La mise en page n’a pas d’image « graphique » : pages d’atlas sans graphique</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/create_offer_layer.py" line="135" />
      <source>The offer layer already exists in {}: choose another place or tick « Replace existing files » (OVERWRITE)</source>
      <translation>La couche de l’offre existe déjà dans {} : choisissez un autre emplacement ou cochez « Remplacer les fichiers existants » (OVERWRITE)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/import_finess.py" line="113" />
      <source>The offer layer cannot be edited</source>
      <translation>La couche de l'offre ne peut pas être modifiée</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/offer_by_commune.py" line="181" />
      <source>The offer layer has no « categorie » field: create it with « Create the offer layer »</source>
      <translation>La couche de l'offre n'a pas de champ « categorie » : créez-la avec « Créer la couche de l'offre »</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/import_finess.py" line="75" />
      <source>The offer layer must have the fields of « Create the offer layer »</source>
      <translation>La couche de l'offre doit avoir les champs de « Créer la couche de l'offre »</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/import_finess.py" line="141" />
      <source>The offer layer refused the changes: {}</source>
      <translation>La couche de l'offre a refusé les modifications : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/create_offer_layer.py" line="149" />
      <source>The offer layer written in {} cannot be opened</source>
      <translation>La couche de l’offre écrite dans {} ne peut pas être ouverte</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/pass_parameters.py" line="78" />
      <source>The output folder {} already holds files not written by abs_qgis: choose another « sortie » in the project file or tick « Replace existing files » (OVERWRITE)</source>
      <translation>Le dossier de sortie {} contient des fichiers qui ne viennent pas d'abs_qgis : choisissez une autre « sortie » dans le fichier de projet ou cochez « Remplacer les fichiers existants » (OVERWRITE)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps.py" line="306" />
      <source>The output folder {} is not writable</source>
      <translation>Le dossier de sortie {} n'est pas accessible en écriture</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/layers/output_guard.py" line="74" />
      <source>The output {} ({}) is also the input {}: choose another file, nothing was written</source>
      <translation>La sortie {} ({}) est aussi l'entrée {} : choisissez un autre fichier, rien n'a été écrit</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/layers/gpkg_copy.py" line="129" />
      <source>The output {} is the input file itself: choose another file</source>
      <translation>La sortie {} est le fichier d'entrée lui-même : choisissez un autre fichier</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/layers/output_guard.py" line="81" />
      <source>The outputs {} and {} are the same file ({}): choose two files, nothing was written</source>
      <translation>Les sorties {} et {} sont le même fichier ({}) : choisissez deux fichiers, rien n'a été écrit</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_dialog.py" line="55" />
      <source>The project file holds every choice: re-run it with the tables of the next census to get the same documents with the new figures.</source>
      <translation>Le fichier de projet garde tous les choix : relancez-le avec les tables du prochain recensement pour obtenir les mêmes documents avec les nouveaux chiffres.</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps.py" line="277" />
      <source>The project {} cannot be written</source>
      <translation>Le projet {} ne peut pas être écrit</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_territories.py" line="228" />
      <source>The reference layer lacks the fields {}</source>
      <translation>Il manque à la couche de référence les champs {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/statistical_secret.py" line="115" />
      <source>The report {} lacks the columns {}</source>
      <translation>Il manque au rapport {} les colonnes {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/download/download_insee.py" line="133" />
      <source>The request counts {} observations (at most {} per request): restrict the territory (GEO=DEP-69*COM, one département at a time) or the measures</source>
      <translation>La requête compte {} observations (au plus {} par requête) : restreignez le territoire (GEO=DEP-69*COM, un département à la fois) ou les mesures</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_pages.py" line="169" />
      <source>The région (field REG)</source>
      <translation>La région (champ REG)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/secret_inputs.py" line="105" />
      <source>The total of the whole layer is published</source>
      <translation>Le total de l'ensemble de la couche est publié</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_settings.py" line="221" />
      <source>Threshold (people)</source>
      <translation>Seuil (personnes)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/statistical_secret.py" line="193" />
      <source>Threshold of the secret: {} (below the usual rule of {}: counts of {} to {} are published)</source>
      <translation>Seuil du secret : {} (inférieur à la règle usuelle de {} : des effectifs de {} à {} sont publiés)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_pages.py" line="77" />
      <source>Tick the communes selected on the map</source>
      <translation>Cocher les communes sélectionnées sur la carte</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_offer_page.py" line="124" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps_parameters.py" line="38" />
      <source>Title (default: the field's alias or name)</source>
      <translation>Titre (par défaut : l'alias ou le nom du champ)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/catalogue_parameters.py" line="34" />
      <source>User catalogue (YAML), merged over the shipped one</source>
      <translation>Catalogue de la collectivité (YAML), ajouté au catalogue livré</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/secret_inputs.py" line="118" />
      <source>User catalogue (YAML): its indicators are masked by induction too, optional</source>
      <translation>Catalogue de la collectivité (YAML) : ses indicateurs sont aussi masqués par induction, facultatif</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/atlas_key_figures.py" line="68" />
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_parameters.py" line="60" />
      <source>Values given by the source at the groups' level (e.g. Filosofi file of the EPCI), optional</source>
      <translation>Valeurs fournies par la source au niveau des regroupements (par exemple le fichier Filosofi des EPCI), facultatif</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_offer_page.py" line="129" />
      <source>Values published by INSEE for a level (compared with the computed ones)</source>
      <translation>Valeurs publiées par l'INSEE pour un niveau (comparées aux valeurs calculées)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_parameters.py" line="67" />
      <source>Values published by the producer for a level (non-summable indicators): level=file=source, separated by « ; » (e.g. EPCI=filosofi_epci_2016.csv=INSEE, Filosofi 2016), optional</source>
      <translation>Valeurs publiées par le producteur pour un niveau (indicateurs non additionnables) : niveau=fichier=source, séparés par « ; » (par ex. EPCI=filosofi_epci_2016.csv=INSEE, Filosofi 2016), facultatif</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_indicators.py" line="216" />
      <source>Variable dictionary ignored: {}</source>
      <translation>Dictionnaire des variables ignoré : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/check_secret.py" line="27" />
      <source>Violations</source>
      <translation>Manquements</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/atlas_key_figures.py" line="66" />
      <source>Whole mapped territory</source>
      <translation>Ensemble du territoire cartographié</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_parameters.py" line="97" />
      <source>Wider layer for the references (same columns), optional</source>
      <translation>Couche plus large pour les références (mêmes colonnes), facultative</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_offer_page.py" line="113" />
      <source>Word template</source>
      <translation>Modèle Word</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_offer_page.py" line="111" />
      <source>Write the ABS document (Word, and PDF with LibreOffice)</source>
      <translation>Écrire le document de l'ABS (Word, et PDF avec LibreOffice)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/create_offer_layer.py" line="66" />
      <source>Writes a GeoPackage point layer to keep the social and medico-social offer by hand: FINESS number, name, category (value list), capacities, commune, address, operator, status, welfare authorisation, update date (today by default), source, comment. Its edit form, its constraints (FINESS check digit, capacities ≥ 0, category required) with French messages and its style by category are stored in the GeoPackage as the default style. With a commune layer, its polygons are copied into the GeoPackage (layer communes_offre): load it with the offer and the commune code of a facility is filled from its position when it is placed or moved.</source>
      <translation>Écrit une couche GeoPackage de points pour tenir à la main l’offre sociale et médico-sociale : n° FINESS, nom, catégorie (liste de valeurs), capacités, commune, adresse, gestionnaire, statut, habilitation à l’aide sociale, date de mise à jour (aujourd’hui par défaut), source, commentaire. Son formulaire de saisie, ses contraintes (clé du FINESS, capacités ≥ 0, catégorie obligatoire) avec messages en français et son style par catégorie sont enregistrés dans le GeoPackage comme style par défaut. Avec une couche de communes, leurs polygones sont copiés dans le GeoPackage (couche communes_offre) : chargez-la avec l’offre, et le code commune d’un établissement est rempli d’après sa position quand il est placé ou déplacé.</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/base.py" line="98" />
      <source>Writing the output layer failed: {}</source>
      <translation>Échec de l’écriture de la couche de sortie : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/layers/gpkg_copy.py" line="120" />
      <location filename="../../../abs_qgis/processing/layers/gpkg_copy.py" line="269" />
      <location filename="../../../abs_qgis/processing/layers/gpkg_copy.py" line="283" />
      <source>Writing {} failed: {}</source>
      <translation>Écriture de {} impossible : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/catalogue_parameters.py" line="36" />
      <location filename="../../../abs_qgis/processing/offer/offer_by_commune.py" line="94" />
      <location filename="../../../abs_qgis/processing/secret/secret_inputs.py" line="120" />
      <source>YAML catalogue (*.yaml *.yml)</source>
      <translation>Catalogue YAML (*.yaml *.yml)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/catalogue_parameters.py" line="113" />
      <source>Year of each indicator (id=year, comma-separated), optional</source>
      <translation>Année de chaque indicateur (id=année, séparés par des virgules), facultatif</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/long_tables.py" line="37" />
      <source>Year of the BPE: {}</source>
      <translation>Année de la BPE : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="353" />
      <source>Year of the data of {}: not given, not in its column or file names</source>
      <translation>Millésime de {} : non donné, ni dans les noms de colonnes ni dans le nom du fichier</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="356" />
      <source>Year of the data of {}: {} ({})</source>
      <translation>Millésime de {} : {} ({})</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/long_tables.py" line="66" />
      <source>Years of the long table: {}</source>
      <translation>Années de la table longue : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="278" />
      <source>Years {}: {}</source>
      <translation>Années {} : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="135" />
      <source>Your layers found in the results group were kept, moved above it: {}</source>
      <translation>Vos couches trouvées dans le groupe des résultats sont gardées, placées au-dessus de lui : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_offer_page.py" line="123" />
      <source>Your template (a copy of the shipped one; the shipped one if empty)</source>
      <translation>Votre modèle (copie du modèle livré ; le modèle livré si vide)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/create_offer_layer.py" line="250" />
      <source>a capacity cannot be negative</source>
      <translation>une capacité ne peut pas être négative</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/chart_dock.py" line="105" />
      <source>age (years)</source>
      <translation>âge (ans)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/create_offer_layer.py" line="246" />
      <source>choose a category of the list</source>
      <translation>choisissez une catégorie de la liste</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_settings.py" line="209" />
      <source>counts published as they are, e.g. P18_POP (populations)</source>
      <translation>effectifs publiés tels quels, par ex. P18_POP (populations)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/check_offer.py" line="157" />
      <source>duplicate FINESS number ({} records)</source>
      <translation>numéro FINESS en double ({} fiches)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_dialog.py" line="47" />
      <source>e.g. ABS of the CCAS of …</source>
      <translation>par ex. ABS du CCAS de …</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_settings.py" line="207" />
      <source>e.g. EPCI</source>
      <translation>par ex. EPCI</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_pages.py" line="171" />
      <source>e.g. France, when the layer holds every commune of France</source>
      <translation>par ex. France, quand la couche contient toutes les communes de France</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="263" />
      <source>earlier census</source>
      <translation>recensement précédent</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_settings.py" line="205" />
      <source>fields of counts, separated by commas (e.g. NAISD20, P18_CHOM1564)</source>
      <translation>champs d'effectifs, séparés par des virgules (par ex. NAISD20, P18_CHOM1564)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_sources.py" line="139" />
      <source>given</source>
      <translation>donné</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/charter_dialog.py" line="98" />
      <source>highest class</source>
      <translation>classe la plus haute</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/cartography/bar_chart.py" line="57" />
      <source>index (reference = 100)</source>
      <translation>indice (référence = 100)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/charter_dialog.py" line="98" />
      <source>lowest class</source>
      <translation>classe la plus basse</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/chart_dock.py" line="55" />
      <source>men | women (inhabitants)</source>
      <translation>hommes | femmes (habitants)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/check_offer.py" line="161" />
      <source>missing capacity</source>
      <translation>capacité manquante</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/cartography/atlas_facilities.py" line="53" />
      <source>n.k.</source>
      <translation>n.c.</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/check_offer.py" line="163" />
      <source>negative capacity</source>
      <translation>capacité négative</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/download/melodi_client.py" line="95" />
      <location filename="../../../abs_qgis/processing/download/melodi_client.py" line="68" />
      <source>no answer</source>
      <translation>pas de réponse</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/check_offer.py" line="184" />
      <source>no commune of the layer</source>
      <translation>aucune commune de la couche</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/offer_step.py" line="185" />
      <source>no facility</source>
      <translation>aucun établissement</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/check_offer.py" line="174" />
      <location filename="../../../abs_qgis/processing/offer/equipment_rate.py" line="175" />
      <source>no position</source>
      <translation>sans position</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_indicators.py" line="324" />
      <location filename="../../../abs_qgis/processing/tables/join_indicators.py" line="296" />
      <source>no row in the table</source>
      <translation>aucune ligne dans la table</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_sources.py" line="137" />
      <source>not detected</source>
      <translation>non détecté</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_sources.py" line="138" />
      <source>not found</source>
      <translation>non trouvée</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_sources.py" line="50" />
      <source>not found (give it)</source>
      <translation>non trouvé (à indiquer)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_dialog.py" line="135" />
      <source>not saved yet</source>
      <translation>pas encore enregistré</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/maps/export_maps.py" line="350" />
      <source>not specified</source>
      <translation>non précisée</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_pages.py" line="79" />
      <source>or a QGIS expression on the commune layer</source>
      <translation>ou une expression QGIS sur la couche des communes</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_pages.py" line="82" />
      <source>or commune layer file</source>
      <translation>ou fichier de la couche des communes</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_settings.py" line="153" />
      <source>or your page template</source>
      <translation>ou votre modèle de mise en page</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/equipment_rate.py" line="175" />
      <source>outside every territory</source>
      <translation>hors de tout territoire</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/check_offer.py" line="183" />
      <source>outside its declared commune ({}): lies in {}</source>
      <translation>hors de sa commune déclarée ({}) : dans {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/equipment_rate.py" line="202" />
      <source>population unknown for {} territories (left out)</source>
      <translation>population inconnue pour {} territoires (non comptés)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/outputs_step.py" line="49" />
      <source>portrait_social.ods not written: the Python library odfpy is missing (see the README, « Windows »); portrait_social.xlsx is written and opens in LibreOffice too</source>
      <translation>portrait_social.ods non écrit : la bibliothèque Python odfpy manque (voir le README, « Windows ») ; portrait_social.xlsx est écrit et s'ouvre aussi dans LibreOffice</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/cartography/bar_chart.py" line="22" />
      <source>s (statistical secret)</source>
      <translation>s (secret statistique)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/chart_dock.py" line="104" />
      <source>share of the population (%)</source>
      <translation>part de la population (%)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/statistical_secret.py" line="33" />
      <source>territory</source>
      <translation>territoire</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_offer_page.py" line="115" />
      <source>the name of the ABS</source>
      <translation>le nom de l'ABS</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_offer_page.py" line="117" />
      <source>the name of the territory</source>
      <translation>le nom du territoire</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_sources.py" line="42" />
      <location filename="../../../abs_qgis/ui/project_sources.py" line="44" />
      <source>unreadable: {}</source>
      <translation>illisible : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/equipment_rate.py" line="206" />
      <location filename="../../../abs_qgis/processing/secret/statistical_secret.py" line="33" />
      <source>whole</source>
      <translation>ensemble</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/equipment_rate.py" line="199" />
      <source>zero population</source>
      <translation>population nulle</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/run_project.py" line="374" />
      <source>{} cells masked by the statistical secret; {} maps</source>
      <translation>{} cases masquées par le secret statistique ; {} cartes</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/statistical_secret.py" line="224" />
      <source>{} cells masked: {} primary, {} secondary, {} induced, {} secret at source</source>
      <translation>{} cases masquées : {} secret primaire, {} secondaire, {} induit, {} secret à la source</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/pass_parameters.py" line="86" />
      <source>{} changed since the last run wrote it in {}: rename it to keep it, or tick « Replace existing files » (OVERWRITE); nothing was written</source>
      <translation>{} a été modifié depuis que la dernière production l'a écrit dans {} : renommez-le pour le garder, ou cochez « Remplacer les fichiers existants » (OVERWRITE) ; rien n'a été écrit</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/polygon_codes.py" line="76" />
      <source>{} codes are carried by several polygons of the layer (field {}): {}; dissolve them (Vector › Geoprocessing › Dissolve on this field) or correct the codes</source>
      <translation>{} codes sont portés par plusieurs polygones de la couche (champ {}) : {} ; regroupez-les (Vecteur › Outils de géotraitement › Regrouper sur ce champ) ou corrigez les codes</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_indicators.py" line="140" />
      <source>{} codes of the table are unknown to the layer although their département is in it ({}): the table is probably of another geography (merged communes); give a « Commune code history (passage table) » (PASSAGE) before comparing years</source>
      <translation>{} codes de la table sont inconnus de la couche alors que leur département y figure ({}) : la table est sans doute d'une autre géographie (communes fusionnées) ; donnez un « Historique des codes communes (table de passage) » (PASSAGE) avant de comparer des années</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/create_offer_layer.py" line="193" />
      <source>{} communes copied into the layer {} of {}</source>
      <translation>{} communes copiées dans la couche {} de {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_territories.py" line="167" />
      <source>{} communes in {} group</source>
      <translation>{} communes en {} regroupement</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_territories.py" line="167" />
      <source>{} communes in {} groups</source>
      <translation>{} communes en {} regroupements</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/offer_by_commune.py" line="141" />
      <source>{} communes outside the départements of the offer ({}): their offer is unknown</source>
      <translation>{} communes hors des départements de l'offre ({}) : leur offre est inconnue</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/secret_inputs.py" line="273" />
      <source>{} count field is not protected by the secret although values lie between 0 and {} (territories): {}{}; it is published as it is (add it to the counts if it must be)</source>
      <translation>{} champ d'effectifs n'est pas protégé par le secret alors que des valeurs sont entre 0 et {} (territoires) : {}{} ; il est publié tel quel (ajoutez-le aux effectifs s'il doit l'être)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/secret_inputs.py" line="277" />
      <source>{} count fields are not protected by the secret although values lie between 0 and {} (territories): {}{}; they are published as they are (add them to the counts if they must be)</source>
      <translation>{} champs d'effectifs ne sont pas protégés par le secret alors que des valeurs sont entre 0 et {} (territoires) : {}{} ; ils sont publiés tels quels (ajoutez-les aux effectifs s'ils doivent l'être)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/import_finess.py" line="93" />
      <source>{} facilities already in the layer kept as edited</source>
      <translation>{} établissements déjà dans la couche gardés tels que modifiés</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/check_offer.py" line="137" />
      <source>{} facilities checked, {} problems</source>
      <translation>{} établissements vérifiés, {} problèmes</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/offer_by_commune.py" line="150" />
      <source>{} facilities in the {} communes; columns added: {}</source>
      <translation>{} établissements dans les {} communes ; colonnes ajoutées : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/offer_by_commune.py" line="202" />
      <source>{} facilities without a known category are not counted</source>
      <translation>{} établissements sans catégorie connue ne sont pas comptés</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/equipment_rate.py" line="114" />
      <source>{} facilities: {} in the territories, {} outside; {} places</source>
      <translation>{} établissements : {} dans les territoires, {} hors ; {} places</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/layers/layer_checks.py" line="61" />
      <source>{} feature of the layer {} has no geometry (on no map, no area: densities not computable): {}</source>
      <translation>{} entité de la couche {} n'a pas de géométrie (sur aucune carte, sans surface : densités non calculables) : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/layers/layer_checks.py" line="68" />
      <source>{} feature of the layer {} is not a polygon (a point or a line: no area): {}</source>
      <translation>{} entité de la couche {} n'est pas un polygone (point ou ligne : sans surface) : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/layers/gpkg_copy.py" line="243" />
      <source>{} features copied, {} expected</source>
      <translation>{} entités copiées, {} attendues</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/layers/layer_checks.py" line="69" />
      <source>{} features of the layer {} are not polygons (points or lines: no area): {}</source>
      <translation>{} entités de la couche {} ne sont pas des polygones (points ou lignes : sans surface) : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/layers/layer_checks.py" line="62" />
      <source>{} features of the layer {} have no geometry (on no map, no area: densities not computable): {}</source>
      <translation>{} entités de la couche {} n'ont pas de géométrie (sur aucune carte, sans surface : densités non calculables) : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/download/download_insee.py" line="115" />
      <source>{} observations of {} written in {} (geography {}; {} requests)</source>
      <translation>{} observations de {} écrites dans {} (géographie {} ; {} requêtes)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/long_tables.py" line="76" />
      <source>{} observations without a value: {}</source>
      <translation>{} observations sans valeur : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_indicators.py" line="247" />
      <source>{} polygons dissolved into {} communes nouvelles: {}</source>
      <translation>{} polygones fusionnés en {} communes nouvelles : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_indicators.py" line="370" />
      <source>{} rows had non-summable values left out (listed in the unmatched table)</source>
      <translation>{} lignes ont des valeurs non additionnables écartées (listées dans la table des lignes non jointes)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/long_tables.py" line="73" />
      <source>{} rows left out by the dimensions kept: {}</source>
      <translation>{} lignes écartées par les dimensions gardées : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_indicators.py" line="165" />
      <source>{} rows suppressed at the source (column {} not 0): their empty cells are secret at the source</source>
      <translation>{} lignes supprimées à la source (colonne {} différente de 0) : leurs cellules vides sont « secret à la source »</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/long_tables.py" line="50" />
      <source>{} territories of the layer have no row in the BPE: no facility, 0 for every type ({})</source>
      <translation>{} territoires de la couche n'ont aucune ligne dans la BPE : aucun équipement, 0 pour chaque type ({})</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/offer/offer_access.py" line="81" />
      <source>{} territories reach no facility along the roads (distance NULL)</source>
      <translation>{} territoires n’atteignent aucun établissement par la route (distance NULL)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/name_picker.py" line="54" />
      <source>{} ticked of {}</source>
      <translation>{} cochés sur {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/join_indicators.py" line="377" />
      <source>{} unreadable cells set to NULL, first: line {}, column {}: « {} »</source>
      <translation>{} cellules illisibles mises à NULL ; première : ligne {}, colonne {} : « {} »</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/tables/long_tables.py" line="78" />
      <source>{} values kept with the status « {} »</source>
      <translation>{} valeurs gardées avec le statut « {} »</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/secret/check_secret.py" line="33" />
      <source>{} violations of the secret rules</source>
      <translation>{} manquements aux règles du secret</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_dialog.py" line="183" />
      <source>{} was written by hand: its comments will not be kept. Replace it?</source>
      <translation>{} a été écrit à la main : ses commentaires ne seront pas conservés. Le remplacer ?</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/chart_dock.py" line="77" />
      <source>{} — index base 100 = {}</source>
      <translation>{} — indice base 100 = {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/offer_step.py" line="86" />
      <source>{}: already imported, unchanged (the layer's edits are kept)</source>
      <translation>{} : déjà importé, inchangé (les modifications de la couche sont gardées)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/layers/parameter_checks.py" line="50" />
      <source>{}: the file {} cannot be read as a layer (a GeoPackage, shapefile, GeoJSON… damaged, or of another kind)</source>
      <translation>{} : le fichier {} ne se lit pas comme une couche (GeoPackage, shapefile, GeoJSON… abîmé, ou d'un autre type)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/layers/parameter_checks.py" line="45" />
      <source>{}: the file {} does not exist</source>
      <translation>{} : le fichier {} n'existe pas</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/aggregate_territories.py" line="119" />
      <location filename="../../../abs_qgis/processing/indicators/aggregate_territories.py" line="147" />
      <location filename="../../../abs_qgis/processing/indicators/compute_indicators.py" line="156" />
      <source>{}: {}</source>
      <translation>{} : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/indicators/compute_indicators.py" line="153" />
      <source>{}: {} ({})</source>
      <translation>{} : {} ({})</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/project/offer_step.py" line="104" />
      <source>{}: {} facilities added, {} rows not imported</source>
      <translation>{} : {} établissements ajoutés, {} lignes non importées</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/layers/parameter_checks.py" line="47" />
      <source>{}: {} is a folder, not a layer file</source>
      <translation>{} : {} est un dossier, pas un fichier de couche</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/project_offer_page.py" line="127" />
      <source>« To be read with caution » under (people)</source>
      <translation>« À interpréter avec prudence » sous (personnes)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/layers/parameter_checks.py" line="78" />
      <source>« {} » ({}): no field {} in the layer of « {} » (its fields: {})</source>
      <translation>« {} » ({}) : pas de champ {} dans la couche de « {} » (ses champs : {})</translation>
    </message>
  </context>
</TS>
