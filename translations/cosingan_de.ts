<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Labels</name>
    <message>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>Left lung</source>
        <translation>Linke Lunge</translation>
    </message>
    <message>
        <source>Right lung</source>
        <translation>Rechte Lunge</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>Infektion</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutHelp</name>
    <message>
        <source>Mouse wheel  /  Up, Down  /  Page Up, Page Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous axial slice (in every tool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl + wheel  /  +, -  /  F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom  /  fit the slice to the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle-drag  /  Space + drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Alt + drag  /  Alt+1, Alt+2, Alt+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window/level (horizontal = width)  /  lung (paper), CT lung, mediastinum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N  /  B  /  G  /  P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigate  /  brush  /  flood fill  /  polygon or lasso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0  /  1  /  2  /  3  /  Ctrl + click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label: background, left lung, right lung, infection  /  pick the label under the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left drag  /  right drag or Shift + drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint  /  erase the active label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[  ]  /  Shift + wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brush size</source>
        <translation>Pinselgröße</translation>
    </message>
    <message>
        <source>R  /  D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or Enter  /  Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the polygon  /  drop it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose both lungs on this slice (keeps the infection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z  /  Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo  /  redo</source>
        <translation>Rückgängig  /  wiederholen</translation>
    </message>
    <message>
        <source>L  /  O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show labels  /  outlines only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S  /  Ctrl+I  /  Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save labels  /  import labels  /  open a study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1  /  ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This help (any key or click closes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint only inside the HU range  /  next paint-over rule (all labels, background, lungs)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cosingan::ui::AnnotateWorkspace</name>
    <message>
        <source>Axial slice (mouse wheel, Up/Down, Page Up/Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Voxels</source>
        <translation>Voxel</translation>
    </message>
    <message>
        <source>Spacing</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientierung</translation>
    </message>
    <message>
        <source>HU range</source>
        <translation>HU-Bereich</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>No study open.</source>
        <translation>Keine Studie geöffnet.</translation>
    </message>
    <message>
        <source>%1 × %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 × %3 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (shown %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthetic data generated by CoSinGAN Studio — not a patient.</source>
        <translation>Von CoSinGAN Studio erzeugte synthetische Daten — kein Patient.</translation>
    </message>
    <message>
        <source>8-bit image: HU derived through the lung window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voxel (%1, %2, %3)   Position (%4, %5, %6) mm   %7 HU   %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transposed for display</source>
        <translation>zur Anzeige transponiert</translation>
    </message>
    <message>
        <source>The image is stored transposed; it is shown with rows and columns swapped, and saved labels keep the layout of the image file (View ▸ Image Stored Transposed).</source>
        <translation>Das Bild ist transponiert gespeichert; es wird mit vertauschten Zeilen und Spalten angezeigt, gespeicherte Labels behalten das Layout der Bilddatei (Ansicht ▸ Bild transponiert gespeichert).</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::AnnotationController</name>
    <message>
        <source>Autosave is off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>%1 on slice %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic lungs: %1 — correct them with the brush; Ctrl+Z undoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigate</source>
        <translation>Navigieren</translation>
    </message>
    <message>
        <source>Navigate: drag = window/level, right-drag = zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pinsel</translation>
    </message>
    <message>
        <source>Brush: left paints, right (or Shift) erases the active label; [ ] or Shift+wheel size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Füllen</translation>
    </message>
    <message>
        <source>Flood fill the connected region under the cursor (right click: erase it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <source>Polygon: click vertices, double-click or Enter to fill; or drag a freehand lasso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint %1</source>
        <translation>%1 malen</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger Brush</source>
        <translation>Größerer Pinsel</translation>
    </message>
    <message>
        <source>Larger brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller Brush</source>
        <translation>Kleinerer Pinsel</translation>
    </message>
    <message>
        <source>Smaller brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint Only in HU Range</source>
        <translation>Nur im HU-Bereich malen</translation>
    </message>
    <message>
        <source>Paint only where HU lies inside the editable range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity range on: painting only between %1 and %2 HU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity range off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Paint-Over Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle what painting may cover: all labels, background only, lungs only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>background only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lungs only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Painting over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose &amp;Lungs</source>
        <translation>&amp;Lungen vorschlagen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose both lungs on this slice automatically (keeps the infection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish Polygon</source>
        <translation>Polygon abschließen</translation>
    </message>
    <message>
        <source>Fill the polygon being drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Polygon</source>
        <translation>Polygon verwerfen</translation>
    </message>
    <message>
        <source>Drop the polygon being drawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cosingan::ui::LabelPanel</name>
    <message>
        <source>Show labels</source>
        <translation>Labels anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the whole label overlay (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide this label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the label&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label&apos;s name (value %1 in the label map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <source>Fill opacity of the labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline only</source>
        <translation>Nur Umrisse</translation>
    </message>
    <message>
        <source>Draw label outlines instead of filled regions, to see the anatomy underneath (O)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cosingan::ui::LossChart</name>
    <message>
        <source>Which part of the training the curves show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exponential smoothing of the curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Log-Skala</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation>Glättung</translation>
    </message>
    <message>
        <source>Adversarial · U-Net pre-training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconstruction</source>
        <translation>Rekonstruktion</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Aktuelle Stufe</translation>
    </message>
    <message>
        <source>Whole training</source>
        <translation>Gesamtes Training</translation>
    </message>
    <message>
        <source>Segmentation U-Net pre-training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale %1 (%2 px) · stage %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logarithmic loss axis: the small reconstruction terms stay readable next to the total</source>
        <translation>Logarithmische Verlustachse: die kleinen Rekonstruktionsterme bleiben neben der Summe lesbar</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::MainWindow</name>
    <message>
        <source>CoSinGAN Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Annotieren</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>%1 — CoSinGAN Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● unsaved labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigate</source>
        <translation>Navigieren</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pinsel</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Füllen</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <source> · %1 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · HU %1..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · over background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · over lungs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>Datei &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open a CT volume or slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical images (*.nii *.nii.gz *.dcm *.nrrd *.mha *.mhd *.png *.jpg *.jpeg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;DICOM Folder…</source>
        <translation>&amp;DICOM-Ordner öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a DICOM series folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open the Built-in &amp;Demo</source>
        <translation>Eingebaute &amp;Demo öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Next Slice</source>
        <translation>Nächste Schicht</translation>
    </message>
    <message>
        <source>Previous Slice</source>
        <translation>Vorherige Schicht</translation>
    </message>
    <message>
        <source>First Slice</source>
        <translation>Erste Schicht</translation>
    </message>
    <message>
        <source>Last Slice</source>
        <translation>Letzte Schicht</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Labels</source>
        <translation>&amp;Labels anzeigen</translation>
    </message>
    <message>
        <source>Label &amp;Outlines Only</source>
        <translation>Nur Label-&amp;Umrisse</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard and Mouse</source>
        <translation>&amp;Tastatur und Maus</translation>
    </message>
    <message>
        <source>&amp;About CoSinGAN Studio</source>
        <translation>&amp;Über CoSinGAN Studio</translation>
    </message>
    <message>
        <source>About CoSinGAN Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;CoSinGAN Studio %1&lt;/b&gt;&lt;p&gt;Learns a conditional single-image GAN (CoSinGAN, Zhang et al., Diagnostics 2020) from one annotated CT slice and synthesises labelled CT slices and volumes.&lt;/p&gt;&lt;p&gt;Not a medical device. Synthetic images are marked as such.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::PreviewDialog</name>
    <message>
        <source>Show the condition&apos;s outlines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cosingan::ui::PyramidStrip</name>
    <message>
        <source>The scale pyramid: each scale trains stage 1 (conditional super-resolution) then stage 2 (restoration), coarse to fine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cosingan::ui::ScaleGallery</name>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Stage 1</source>
        <translation>Stufe 1</translation>
    </message>
    <message>
        <source>Stage 2</source>
        <translation>Stufe 2</translation>
    </message>
    <message>
        <source>Not trained yet</source>
        <translation>Noch nicht trainiert</translation>
    </message>
    <message>
        <source>Scale %1 stage %2%3 — click to enlarge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale %1 (%2 px), stage %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cosingan::ui::ShortcutHelp</name>
    <message>
        <source>Keyboard and mouse</source>
        <translation>Tastatur und Maus</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::SliceRenderer</name>
    <message>
        <source>Axial %1 / %2
z = %3 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W %1  L %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYNTHETIC — not patient data</source>
        <translation>SYNTHETISCH — keine Patientendaten</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::SliceView</name>
    <message>
        <source>Open a CT volume, a DICOM folder or an image
(File menu, or drop it here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cosingan::ui::StudyFiles</name>
    <message>
        <source>Unsaved labels</source>
        <translation>Ungespeicherte Labels</translation>
    </message>
    <message>
        <source>The labels of %1 have unsaved changes. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>Built-in demo (synthetic chest CT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover labels</source>
        <translation>Labels wiederherstellen</translation>
    </message>
    <message>
        <source>CoSinGAN Studio found labels for this study that were not saved (%1 edits since %2). Recover them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovered labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered %1 unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save labels</source>
        <translation>Labels speichern</translation>
    </message>
    <message>
        <source>NIfTI (*.nii.gz *.nii)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>imported slice labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 (Ctrl+Z undoes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>Slice labels (0..3) written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Labels</source>
        <translation>Labels &amp;speichern</translation>
    </message>
    <message>
        <source>Save Labels &amp;As…</source>
        <translation>Labels speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save labels as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Labels…</source>
        <translation>Labels &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label maps (*.nii.gz *.nii *.png);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Slice Labels as PNG…</source>
        <translation>Schicht-Labels als PNG &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export slice labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Session…</source>
        <translation>Sitzung öffnen…</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Sessions (*.cosingan-session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Session…</source>
        <translation>Sitzung speichern…</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>Cannot transpose</source>
        <translation>Transponieren nicht möglich</translation>
    </message>
    <message>
        <source>Only plain images (PNG, JPEG) can be shown transposed: %1 files carry their own orientation.</source>
        <translation>Nur einfache Bilder (PNG, JPEG) können transponiert angezeigt werden: %1-Dateien tragen ihre eigene Orientierung.</translation>
    </message>
    <message>
        <source>labels, transposed with the image</source>
        <translation>Labels, mit dem Bild transponiert</translation>
    </message>
    <message>
        <source>labels, image no longer transposed</source>
        <translation>Labels, Bild nicht mehr transponiert</translation>
    </message>
    <message>
        <source>Rows and columns swapped: the image is shown transposed; saved files keep the image file&apos;s layout</source>
        <translation>Zeilen und Spalten vertauscht: das Bild wird transponiert angezeigt; gespeicherte Dateien behalten das Layout der Bilddatei</translation>
    </message>
    <message>
        <source>The image is shown as stored</source>
        <translation>Das Bild wird wie gespeichert angezeigt</translation>
    </message>
    <message>
        <source>Image Stored &amp;Transposed</source>
        <translation>Bild &amp;transponiert gespeichert</translation>
    </message>
    <message>
        <source>Swap rows and columns of a plain image stored transposed (e.g. the Inf-Net slices, whose anterior is on the left). Saved labels keep the image file&apos;s layout.</source>
        <translation>Zeilen und Spalten eines transponiert gespeicherten Bildes vertauschen (z. B. die Inf-Net-Schichten, deren anteriore Seite links liegt). Gespeicherte Labels behalten das Layout der Bilddatei.</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::ToolPanel</name>
    <message>
        <source>Brush diameter in pixels ([ and ], or Shift+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pinsel</translation>
    </message>
    <message>
        <source>Square brush</source>
        <translation>Quadratischer Pinsel</translation>
    </message>
    <message>
        <source>Square instead of round brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> HU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editable intensity range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>Alle Labels</translation>
    </message>
    <message>
        <source>Background only</source>
        <translation>Nur Hintergrund</translation>
    </message>
    <message>
        <source>Lungs only</source>
        <translation>Nur Lungen</translation>
    </message>
    <message>
        <source>Paint over</source>
        <translation>Übermalen</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cosingan::ui::TrainWorkspace</name>
    <message>
        <source>Outputs for the training mask</source>
        <translation>Ausgaben für die Trainingsmaske</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Verluste</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Cannot resume: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training finished: the model is in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped; it can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA-GPU</translation>
    </message>
    <message>
        <source>CUDA appears when LibTorch sees a GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>optional: ImageNet VGG-19 (TorchScript) for MS-FVL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VGG-19</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Modellordner</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Train a CoSinGAN on the current slice and its mask (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop after the current iteration; a checkpoint is written and the training can be resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VGG-19 TorchScript file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TorchScript (*.pt *.pth);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot train: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot train</source>
        <translation>Training nicht möglich</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Overall %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a study first.</source>
        <translation>Bitte zuerst eine Studie öffnen.</translation>
    </message>
    <message>
        <source>%1, slice %2 (%3 × %4): lungs %5 / %6 px, infection %7 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — paint or propose the lungs first (Annotate, Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <source>Stop the training? A checkpoint is written and it can be resumed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmentation U-Net pre-training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale %1 of %2 (%3 px) · stage %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source> — paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped (resumable)</source>
        <translation>Gestoppt (fortsetzbar)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · iteration %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 it/s · ETA %2 · running %3 · UI latency %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained in %1 · model in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1; the checkpoint is in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A training stopped at %1 (%2). Resume it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cosingan::ui::TrainingSession</name>
    <message>
        <source>A training is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s curves are shown, but not its outputs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the model in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cosingan::ui::WindowPanel</name>
    <message>
        <source>Display window presets (Alt+1, Alt+2, Alt+3). Alt+drag, or drag in the Navigate tool, adjusts the window: horizontal = width, vertical = level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> HU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Zentrum</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Learn a CT slice generator from one annotated slice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CT file, DICOM folder or .cosingan-session to open (default: the built-in demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a screenshot of the window to &lt;file&gt; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace to show first: annotate or train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is stored transposed: show it with rows and columns swapped (plain images only).</source>
        <translation>Das Bild ist transponiert gespeichert: mit vertauschten Zeilen und Spalten anzeigen (nur einfache Bilder).</translation>
    </message>
</context>
</TS>
