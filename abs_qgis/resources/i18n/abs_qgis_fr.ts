<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>abs_qgis</name>
    <message>
      <location filename="../../../abs_qgis/ui/menu.py" line="13" />
      <source>&amp;Social needs analysis (ABS)</source>
      <translation>&amp;Analyse des besoins sociaux (ABS)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="114" />
      <location filename="../../../abs_qgis/processing/join_indicators.py" line="195" />
      <location filename="../../../abs_qgis/processing/join_indicators.py" line="110" />
      <source>Cancelled</source>
      <translation>Annulé</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="143" />
      <source>Cannot create the output folder {}: {}</source>
      <translation>Impossible de créer le dossier de sortie {} : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="131" />
      <source>Choose at least one indicator field</source>
      <translation>Choisissez au moins un champ indicateur</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="79" />
      <source>Classification method</source>
      <translation>Méthode de discrétisation</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/join_indicators.py" line="76" />
      <source>Code column of the table (detected if empty)</source>
      <translation>Colonne du code dans la table (détectée si vide)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/join_indicators.py" line="78" />
      <source>Commune code history (passage table), optional</source>
      <translation>Historique des codes communes (table de passage), facultatif</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/join_indicators.py" line="64" />
      <source>Commune polygons</source>
      <translation>Polygones des communes</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/join_indicators.py" line="220" />
      <source>Communes in the layer: {}; without data: {}</source>
      <translation>Communes de la couche : {} ; sans donnée : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/join_indicators.py" line="82" />
      <source>Communes with indicators</source>
      <translation>Communes avec indicateurs</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/join_indicators.py" line="224" />
      <source>Counts (summed when communes are merged): {}</source>
      <translation>Effectifs (additionnés en cas de fusion de communes) : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="159" />
      <source>Data not available</source>
      <translation>Donnée non disponible</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="80" />
      <source>Equal intervals</source>
      <translation>Intervalles égaux</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="56" />
      <source>Export maps</source>
      <translation>Exporter les cartes</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/menu.py" line="16" />
      <source>Export maps…</source>
      <translation>Exporter les cartes…</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="167" />
      <source>Export of {} failed (QGIS error code {})</source>
      <translation>L'export de {} a échoué (code d'erreur QGIS {})</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/join_indicators.py" line="152" />
      <source>Field {} of the commune layer holds no INSEE code</source>
      <translation>Le champ {} de la couche de communes ne contient aucun code INSEE</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="154" />
      <source>Field « {} » has no value to map</source>
      <translation>Le champ « {} » ne contient aucune valeur à cartographier</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="135" />
      <source>Field « {} » is not in layer {}</source>
      <translation>Le champ « {} » est absent de la couche {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="137" />
      <source>Field « {} » is not numeric: it cannot be mapped in classes</source>
      <translation>Le champ « {} » n'est pas numérique : il ne peut pas être cartographié en classes</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="91" />
      <source>Files written</source>
      <translation>Fichiers écrits</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="85" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/join_indicators.py" line="100" />
      <source>Header on line {}, {} data rows, encoding {}, separator {}</source>
      <translation>En-tête ligne {}, {} lignes de données, encodage {}, séparateur {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/join_indicators.py" line="73" />
      <source>Header row, 1 = first line (0 = detect)</source>
      <translation>Ligne d'en-tête, 1 = première ligne (0 = détection)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/join_indicators.py" line="66" />
      <source>INSEE code field of the communes (detected if empty)</source>
      <translation>Champ du code INSEE des communes (détecté si vide)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="70" />
      <source>Indicator fields (one map each)</source>
      <translation>Champs indicateurs (une carte chacun)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/join_indicators.py" line="69" />
      <source>Indicator table (CSV, TXT, XLSX, XLS, ODS)</source>
      <translation>Table d'indicateurs (CSV, TXT, XLSX, XLS, ODS)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/base.py" line="18" />
      <source>Indicator tables</source>
      <translation>Tables d'indicateurs</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/join_indicators.py" line="146" />
      <source>Invalid INSEE code « {} » in field {} of feature {} of the commune layer</source>
      <translation>Code INSEE invalide « {} » dans le champ {} de l'entité {} de la couche de communes</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/join_indicators.py" line="50" />
      <source>Join an indicator table to the communes</source>
      <translation>Joindre une table d'indicateurs aux communes</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/ui/menu.py" line="15" />
      <source>Join an indicator table to the communes…</source>
      <translation>Joindre une table d'indicateurs aux communes…</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/join_indicators.py" line="53" />
      <source>Joins a table as received (CSV with ';' and decimal commas, latin-1, XLSX with title rows, secret markers s/nd/empty) to commune polygons by INSEE code. Codes are normalised (leading zeros, 2A/2B); municipal arrondissements are summed into their commune; with a passage table, communes merged since the table's year are summed into the commune nouvelle (counts only: rates and medians become NULL). Every commune is kept; every table row is either joined or listed in the unmatched table with its reason.</source>
      <translation>Joint une table telle qu'elle a été reçue (CSV à « ; » et virgule décimale, latin-1, XLSX avec lignes de titre, marques de secret s/nd/vide) aux polygones des communes par code INSEE. Les codes sont normalisés (zéros initiaux, 2A/2B) ; les arrondissements municipaux sont additionnés dans leur commune ; avec une table de passage, les communes fusionnées depuis le millésime de la table sont additionnées dans la commune nouvelle (effectifs seulement : taux et médianes deviennent NULL). Toutes les communes sont conservées ; chaque ligne de la table est soit jointe, soit listée dans la table des lignes non jointes avec son motif.</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="122" />
      <source>Map made on {} with QGIS and abs_qgis</source>
      <translation>Carte réalisée le {} avec QGIS et abs_qgis</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="125" />
      <source>Map written: {}</source>
      <translation>Carte écrite : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/base.py" line="19" />
      <source>Maps and atlases</source>
      <translation>Cartes et atlas</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="80" />
      <source>Natural breaks (Jenks)</source>
      <translation>Seuils naturels (Jenks)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/join_indicators.py" line="133" />
      <source>No INSEE code field found in the commune layer (fields: {}); choose it in COMMUNE_FIELD</source>
      <translation>Aucun champ de code INSEE trouvé dans la couche de communes (champs : {}) ; choisissez-le dans COMMUNE_FIELD</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="83" />
      <source>Number of classes</source>
      <translation>Nombre de classes</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="92" />
      <source>Number of maps</source>
      <translation>Nombre de cartes</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="90" />
      <source>Output folder</source>
      <translation>Dossier de sortie</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="81" />
      <source>Pretty breaks</source>
      <translation>Seuils arrondis (pretty)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="59" />
      <source>Prints one A4 map per indicator field: choropleth classified by a QGIS method, legend in French number format, a class for communes without data, scale bar, north arrow, sources line and date. File names are derived from the titles (densite_de_population.pdf); existing files are only replaced when OVERWRITE is set.</source>
      <translation>Imprime une carte A4 par champ indicateur : aplats classés par une méthode de QGIS, légende au format numérique français, classe pour les communes sans donnée, échelle, flèche du nord, ligne des sources et date. Les noms de fichiers viennent des titres (densite_de_population.pdf) ; un fichier existant n'est remplacé que si OVERWRITE est coché.</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="80" />
      <source>Quantiles</source>
      <translation>Quantiles</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/join_indicators.py" line="225" />
      <source>Rates and other non-summable numbers: {}</source>
      <translation>Taux et autres valeurs non additionnables : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/join_indicators.py" line="98" />
      <source>Reading {}</source>
      <translation>Lecture de {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="89" />
      <source>Replace existing files</source>
      <translation>Remplacer les fichiers existants</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="87" />
      <source>Resolution (dpi)</source>
      <translation>Résolution (dpi)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/join_indicators.py" line="84" />
      <source>Rows not joined</source>
      <translation>Lignes non jointes</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/join_indicators.py" line="217" />
      <source>Rows read: {}; joined: {} (of which {} summed into a commune); not joined: {}</source>
      <translation>Lignes lues : {} ; jointes : {} (dont {} additionnées dans une commune) ; non jointes : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/join_indicators.py" line="71" />
      <source>Sheet (spreadsheets; first sheet if empty)</source>
      <translation>Feuille (classeurs ; la première si vide)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/provider.py" line="19" />
      <source>Social needs analysis</source>
      <translation>Analyse des besoins sociaux</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/provider.py" line="22" />
      <source>Social needs analysis (ABS) {}</source>
      <translation>Analyse des besoins sociaux (ABS) {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="77" />
      <source>Source: INSEE — Processing: abs_qgis</source>
      <translation>Source : INSEE — Traitement : abs_qgis</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="77" />
      <source>Sources line</source>
      <translation>Ligne des sources</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="81" />
      <source>Standard deviation</source>
      <translation>Écart type</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="75" />
      <source>Subtitle</source>
      <translation>Sous-titre</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/join_indicators.py" line="80" />
      <source>Sum rows with the same code instead of stopping</source>
      <translation>Additionner les lignes de même code au lieu de s'arrêter</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="68" />
      <source>Territories to map</source>
      <translation>Territoires à cartographier</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/join_indicators.py" line="226" />
      <source>Text columns: {}</source>
      <translation>Colonnes texte : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/join_indicators.py" line="89" />
      <source>The commune layer cannot be read</source>
      <translation>La couche de communes est illisible</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="119" />
      <source>The file {} already exists: choose another folder or set OVERWRITE</source>
      <translation>Le fichier {} existe déjà : choisissez un autre dossier ou cochez OVERWRITE</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="97" />
      <source>The layer to map cannot be read</source>
      <translation>La couche à cartographier est illisible</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="145" />
      <source>The output folder {} is not writable</source>
      <translation>Le dossier de sortie {} n'est pas accessible en écriture</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/export_maps.py" line="73" />
      <source>Title (default: the field's alias or name)</source>
      <translation>Titre (par défaut : l'alias ou le nom du champ)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/join_indicators.py" line="197" />
      <source>Writing the output layer failed: {}</source>
      <translation>Échec de l’écriture de la couche de sortie : {}</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/join_indicators.py" line="173" />
      <source>no row in the table</source>
      <translation>aucune ligne dans la table</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/join_indicators.py" line="228" />
      <source>{} rows had non-summable values left out (listed in the unmatched table)</source>
      <translation>{} lignes ont des valeurs non additionnables écartées (listées dans la table des lignes non jointes)</translation>
    </message>
    <message>
      <location filename="../../../abs_qgis/processing/join_indicators.py" line="232" />
      <source>{} unreadable cells set to NULL, first: line {}, column {}: « {} »</source>
      <translation>{} cellules illisibles mises à NULL ; première : ligne {}, colonne {} : « {} »</translation>
    </message>
  </context>
</TS>
