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
    <name>Messages</name>
    <message>
        <source>&apos;%1&apos; is damaged: the %2 image stops before its end (the file was cut short while copying or saving).</source>
        <translation>„%1“ ist beschädigt: das %2-Bild endet vor seinem Ende (die Datei wurde beim Kopieren oder Speichern abgeschnitten).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an image file CoSinGAN Studio can read (NIfTI .nii/.nii.gz, DICOM, PNG, JPEG, NRRD, MetaImage). The file may be damaged or of another kind.</source>
        <translation>„%1“ ist keine Bilddatei, die CoSinGAN Studio lesen kann (NIfTI .nii/.nii.gz, DICOM, PNG, JPEG, NRRD, MetaImage). Die Datei ist vielleicht beschädigt oder von anderer Art.</translation>
    </message>
    <message>
        <source>Cannot read the header of &apos;%1&apos;: %2. The file is damaged or of another kind.</source>
        <translation>Der Header von „%1“ kann nicht gelesen werden: %2. Die Datei ist beschädigt oder von anderer Art.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2-D image (%3). CoSinGAN Studio needs a single 3-D CT volume; split the series (e.g. one time point) first.</source>
        <translation>„%1“ ist ein %2-D-Bild (%3). CoSinGAN Studio braucht ein einzelnes 3-D-CT-Volumen; teilen Sie die Serie zuerst auf (z. B. ein Zeitpunkt).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has fewer than two dimensions: it is not an image.</source>
        <translation>„%1“ hat weniger als zwei Dimensionen: es ist kein Bild.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: one of its dimensions is empty.</source>
        <translation>„%1“ ist beschädigt: eine seiner Dimensionen ist leer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 values per voxel (an RGB or vector image). A CT volume has one value per voxel.</source>
        <translation>„%1“ hat %2 Werte pro Voxel (ein RGB- oder Vektorbild). Ein CT-Volumen hat einen Wert pro Voxel.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2-bit %3 image: its values are neither Hounsfield units nor lung-windowed grey, so they cannot be read as CT. Export the slice as DICOM or NIfTI (in HU), or as an 8-bit lung-windowed image.</source>
        <translation>„%1“ ist ein %2-Bit-%3-Bild: seine Werte sind weder Hounsfield-Einheiten noch Grauwerte im Lungenfenster und können daher nicht als CT gelesen werden. Exportieren Sie die Schicht als DICOM oder NIfTI (in HU) oder als 8-Bit-Bild im Lungenfenster.</translation>
    </message>
    <message>
        <source>Cannot read the voxels of &apos;%1&apos; (the file is damaged or truncated): %2</source>
        <translation>Die Voxel von „%1“ können nicht gelesen werden (die Datei ist beschädigt oder abgeschnitten): %2</translation>
    </message>
    <message>
        <source>Cannot read the pixels of &apos;%1&apos;: %2</source>
        <translation>Die Pixel von „%1“ können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: the DICOM decoder reported &quot;%2&quot;. Its pixels would be wrong; use an undamaged copy of the file.</source>
        <translation>„%1“ ist beschädigt: der DICOM-Decoder meldete „%2“. Seine Pixel wären falsch; verwenden Sie eine unbeschädigte Kopie der Datei.</translation>
    </message>
    <message>
        <source>No DICOM series was found in the folder &apos;%1&apos;. Choose a folder that holds the .dcm files of one CT series, or open a NIfTI file.</source>
        <translation>Im Ordner „%1“ wurde keine DICOM-Serie gefunden. Wählen Sie einen Ordner mit den .dcm-Dateien einer CT-Serie oder öffnen Sie eine NIfTI-Datei.</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>Es wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is only %2 x %3 pixels: too small to be a CT slice (at least 16 x 16).</source>
        <translation>„%1“ hat nur %2 × %3 Pixel: zu klein für eine CT-Schicht (mindestens 16 × 16).</translation>
    </message>
    <message>
        <source>The label map &apos;%1&apos; is %2 but the image is %3: they do not match.</source>
        <translation>Die Labelkarte „%1“ ist %2, das Bild aber %3: sie passen nicht zusammen.</translation>
    </message>
    <message>
        <source>The label map &apos;%1&apos; has the image&apos;s size but another position, spacing or orientation: it was drawn on a different grid.</source>
        <translation>Die Labelkarte „%1“ hat die Größe des Bildes, aber eine andere Position, einen anderen Abstand oder eine andere Ausrichtung: sie wurde auf einem anderen Gitter gezeichnet.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CoSinGAN label map: it holds %2; labels are 0 background, 1 left lung, 2 right lung, 3 infection.</source>
        <translation>„%1“ ist keine CoSinGAN-Labelkarte: sie enthält %2; die Labels sind 0 Hintergrund, 1 linke Lunge, 2 rechte Lunge, 3 Infektion.</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos;.</source>
        <translation>„%1“ kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: its header gives %2 dimensions (a NIfTI image has 1 to 7).</source>
        <translation>„%1“ ist beschädigt: sein Header gibt %2 Dimensionen an (ein NIfTI-Bild hat 1 bis 7).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: its size along %2 is %3 voxels (sizes must be positive).</source>
        <translation>„%1“ ist beschädigt: seine Größe entlang %2 beträgt %3 Voxel (Größen müssen positiv sein).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: its header gives %2 bits per voxel.</source>
        <translation>„%1“ ist beschädigt: sein Header gibt %2 Bit pro Voxel an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no usable voxel spacing along %2 (the header says %3): the file is damaged or was written incorrectly. Fix the spacing with the tool that made it; CoSinGAN Studio will not invent one.</source>
        <translation>„%1“ hat entlang %2 keinen brauchbaren Voxelabstand (der Header sagt %3): die Datei ist beschädigt oder wurde falsch geschrieben. Korrigieren Sie den Abstand mit dem Programm, das sie erzeugt hat; CoSinGAN Studio erfindet keinen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a voxel spacing of 0 mm along %2: the file was written incorrectly. Fix the spacing with the tool that made it; CoSinGAN Studio will not invent one.</source>
        <translation>„%1“ hat entlang %2 einen Voxelabstand von 0 mm: die Datei wurde falsch geschrieben. Korrigieren Sie den Abstand mit dem Programm, das sie erzeugt hat; CoSinGAN Studio erfindet keinen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: its compressed data cannot be read (%2).</source>
        <translation>„%1“ ist beschädigt: seine komprimierten Daten können nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is truncated: it holds %2 bytes of image data and header, but the header announces %3. The file was probably cut short while copying or saving.</source>
        <translation>„%1“ ist abgeschnitten: sie enthält %2 Byte Bilddaten und Header, der Header kündigt aber %3 an. Die Datei wurde wahrscheinlich beim Kopieren oder Speichern abgeschnitten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is truncated: it ends before its voxel data.</source>
        <translation>„%1“ ist abgeschnitten: sie endet vor ihren Voxeldaten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is truncated: the voxel data ends early.</source>
        <translation>„%1“ ist abgeschnitten: die Voxeldaten enden zu früh.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no numbers: every voxel is NaN or infinite. The file is damaged or was written incorrectly.</source>
        <translation>„%1“ enthält keine Zahlen: jedes Voxel ist NaN oder unendlich. Die Datei ist beschädigt oder wurde falsch geschrieben.</translation>
    </message>
    <message>
        <source>The imported mask does not match the slice size.</source>
        <translation>Die importierte Maske passt nicht zur Größe der Schicht.</translation>
    </message>
    <message>
        <source>A label map holds values 0..3 only.</source>
        <translation>Eine Labelkarte enthält nur die Werte 0..3.</translation>
    </message>
    <message>
        <source>The imported mask does not match the study&apos;s size.</source>
        <translation>Die importierte Maske passt nicht zur Größe der Studie.</translation>
    </message>
    <message>
        <source>The session file &apos;%1&apos; is damaged: %2</source>
        <translation>Die Sitzungsdatei „%1“ ist beschädigt: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CoSinGAN Studio session.</source>
        <translation>„%1“ ist keine CoSinGAN-Studio-Sitzung.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer CoSinGAN Studio (session version %2): update CoSinGAN Studio to open it.</source>
        <translation>„%1“ wurde von einem neueren CoSinGAN Studio geschrieben (Sitzungsversion %2): aktualisieren Sie CoSinGAN Studio, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The model folder &apos;%1&apos; does not exist.</source>
        <translation>Der Modellordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CoSinGAN Studio model: it has no manifest.json.</source>
        <translation>„%1“ ist kein CoSinGAN-Studio-Modell: es hat keine manifest.json.</translation>
    </message>
    <message>
        <source>The model&apos;s manifest in &apos;%1&apos; is damaged: %2</source>
        <translation>Das Manifest des Modells in „%1“ ist beschädigt: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds a manifest.json of another kind, not a CoSinGAN Studio model.</source>
        <translation>„%1“ enthält eine manifest.json anderer Art, kein CoSinGAN-Studio-Modell.</translation>
    </message>
    <message>
        <source>The model in &apos;%1&apos; has format version %2; this CoSinGAN Studio reads version %3.</source>
        <translation>Das Modell in „%1“ hat die Formatversion %2; dieses CoSinGAN Studio liest Version %3.</translation>
    </message>
    <message>
        <source>The model&apos;s configuration in &apos;%1&apos; is damaged: %2</source>
        <translation>Die Konfiguration des Modells in „%1“ ist beschädigt: %2</translation>
    </message>
    <message>
        <source>The model in &apos;%1&apos; has no trained scale yet: train it for a while, or resume its training, before generating from it.</source>
        <translation>Das Modell in „%1“ hat noch keine trainierte Skala: trainieren Sie es eine Weile oder setzen Sie sein Training fort, bevor Sie damit generieren.</translation>
    </message>
    <message>
        <source>The model in &apos;%1&apos; is incomplete: its file %2 is missing.</source>
        <translation>Das Modell in „%1“ ist unvollständig: seine Datei %2 fehlt.</translation>
    </message>
    <message>
        <source>Cannot save &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot save &apos;%1&apos;: use a .nii or .nii.gz file name.</source>
        <translation>„%1“ kann nicht gespeichert werden: verwenden Sie einen Dateinamen auf .nii oder .nii.gz.</translation>
    </message>
    <message>
        <source>Cannot save &apos;%1&apos;: the file could not be written completely (%2). Is the disk full? The previous version, if any, is kept.</source>
        <translation>„%1“ kann nicht gespeichert werden: die Datei konnte nicht vollständig geschrieben werden (%2). Ist der Datenträger voll? Die vorige Version, falls vorhanden, bleibt erhalten.</translation>
    </message>
    <message>
        <source>This model&apos;s generators have no dropout layers (%1 preset): dropout at synthesis would change nothing; use the randomised condition.</source>
        <translation>Die Generatoren dieses Modells haben keine Dropout-Schichten (Voreinstellung %1): Dropout bei der Synthese würde nichts ändern; verwenden Sie die randomisierte Bedingung.</translation>
    </message>
    <message>
        <source>The dataset name &apos;%1&apos; may hold only letters, digits and &apos;-&apos;.</source>
        <translation>Der Datensatzname „%1“ darf nur Buchstaben, Ziffern und „-“ enthalten.</translation>
    </message>
    <message>
        <source>Variants per mask must be at least 1.</source>
        <translation>Varianten pro Maske müssen mindestens 1 sein.</translation>
    </message>
    <message>
        <source>Several variants per mask would be identical: turn on the randomised condition, dropout or fusion with a random weight.</source>
        <translation>Mehrere Varianten pro Maske wären identisch: schalten Sie die randomisierte Bedingung, Dropout oder die Fusion mit zufälligem Gewicht ein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file: choose a folder name for the dataset.</source>
        <translation>„%1“ ist eine Datei: wählen Sie einen Ordnernamen für den Datensatz.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder with other files in it and not a dataset exported by CoSinGAN Studio: nothing is written there. Choose a new or empty folder.</source>
        <translation>„%1“ ist ein Ordner mit anderen Dateien darin und kein von CoSinGAN Studio exportierter Datensatz: dort wird nichts geschrieben. Wählen Sie einen neuen oder leeren Ordner.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists and is not a synthetic volume written by CoSinGAN Studio: choose another name (nothing was written).</source>
        <translation>„%1“ existiert bereits und ist kein von CoSinGAN Studio geschriebenes synthetisches Volumen: wählen Sie einen anderen Namen (es wurde nichts geschrieben).</translation>
    </message>
    <message>
        <source>the mask</source>
        <translation>die Maske</translation>
    </message>
    <message>
        <source>the label image</source>
        <translation>das Labelbild</translation>
    </message>
    <message>
        <source>the condition</source>
        <translation>die Bedingung</translation>
    </message>
    <message>
        <source>the session</source>
        <translation>die Sitzung</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not an image file that can be read (damaged, or of another kind).</source>
        <translation>%1 „%2“ ist keine lesbare Bilddatei (beschädigt oder von anderer Art).</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has %3-bit values; a mask is an 8-bit image (labels 0..3, or 0/128/255).</source>
        <translation>%1 „%2“ hat %3-Bit-Werte; eine Maske ist ein 8-Bit-Bild (Labels 0..3 oder 0/128/255).</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is a colour image; a mask is grey (labels 0..3, or 0/128/255).</source>
        <translation>%1 „%2“ ist ein Farbbild; eine Maske ist grau (Labels 0..3 oder 0/128/255).</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has %3 channels; a mask has one.</source>
        <translation>%1 „%2“ hat %3 Kanäle; eine Maske hat einen.</translation>
    </message>
    <message>
        <source>the exported image</source>
        <translation>das exportierte Bild</translation>
    </message>
    <message>
        <source>the exported labels</source>
        <translation>die exportierten Labels</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>eine Datei</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a FIFO (named pipe), not a regular file</source>
        <translation>ein FIFO (Named Pipe), keine reguläre Datei</translation>
    </message>
    <message>
        <source>a socket, not a regular file</source>
        <translation>ein Socket, keine reguläre Datei</translation>
    </message>
    <message>
        <source>a device, not a regular file</source>
        <translation>ein Gerät, keine reguläre Datei</translation>
    </message>
    <message>
        <source>a loop of symbolic links</source>
        <translation>eine Schleife symbolischer Links</translation>
    </message>
    <message>
        <source>not accessible (permission denied)</source>
        <translation>nicht zugänglich (Zugriff verweigert)</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; cannot be read: permission denied.</source>
        <translation>%1 „%2“ kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; does not exist.</source>
        <translation>%1 „%2“ existiert nicht.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is a loop of symbolic links: it points back at itself.</source>
        <translation>%1 „%2“ ist eine Schleife symbolischer Links: sie verweist auf sich selbst.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is a file, not a folder.</source>
        <translation>%1 „%2“ ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is empty (0 bytes).</source>
        <translation>%1 „%2“ ist leer (0 Byte).</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is a folder, not a file.</source>
        <translation>%1 „%2“ ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is %3; choose an image file or a folder of DICOM files.</source>
        <translation>%1 „%2“ ist %3; wählen Sie eine Bilddatei oder einen Ordner mit DICOM-Dateien.</translation>
    </message>
    <message>
        <source>No model folder was given.</source>
        <translation>Es wurde kein Modellordner angegeben.</translation>
    </message>
    <message>
        <source>The model folder &apos;%1&apos; contains the training input &apos;%2&apos;: a model gets a folder of its own (for example &apos;%3&apos;); nothing was changed.</source>
        <translation>Der Modellordner „%1“ enthält die Trainingseingabe „%2“: ein Modell bekommt einen eigenen Ordner (zum Beispiel „%3“); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The model folder &apos;%1&apos; lies inside the input folder &apos;%2&apos; (a DICOM series): choose a folder outside the study; nothing was changed.</source>
        <translation>Der Modellordner „%1“ liegt im Eingabeordner „%2“ (einer DICOM-Serie): wählen Sie einen Ordner außerhalb der Studie; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, not a model folder: choose the name of a new folder; nothing was changed.</source>
        <translation>„%1“ ist %2, kein Modellordner: wählen Sie den Namen eines neuen Ordners; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already holds files and is not a CoSinGAN Studio model folder: choose a new or empty folder (only a folder written by CoSinGAN Studio is ever replaced); nothing was changed.</source>
        <translation>„%1“ enthält bereits Dateien und ist kein Modellordner von CoSinGAN Studio: wählen Sie einen neuen oder leeren Ordner (ersetzt wird nur ein von CoSinGAN Studio geschriebener Ordner); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The model folder &apos;%1&apos; also holds &apos;%2&apos;, which is not part of a model: move it away or choose another folder; nothing was changed.</source>
        <translation>Der Modellordner „%1“ enthält auch „%2“, das nicht zu einem Modell gehört: verschieben Sie es oder wählen Sie einen anderen Ordner; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>an RT dose object (a radiotherapy dose grid)</source>
        <translation>ein RT-Dosisobjekt (ein Dosisgitter der Strahlentherapie)</translation>
    </message>
    <message>
        <source>an RT structure set (contours)</source>
        <translation>ein RT-Structure-Set (Konturen)</translation>
    </message>
    <message>
        <source>an RT plan</source>
        <translation>ein RT-Plan</translation>
    </message>
    <message>
        <source>a radiotherapy object</source>
        <translation>ein Strahlentherapie-Objekt</translation>
    </message>
    <message>
        <source>a structured report</source>
        <translation>ein strukturierter Befund (Structured Report)</translation>
    </message>
    <message>
        <source>a presentation state</source>
        <translation>ein Presentation State</translation>
    </message>
    <message>
        <source>a segmentation object (use it as a label map only after converting it)</source>
        <translation>ein Segmentierungsobjekt (als Labelkarte erst nach einer Umwandlung verwendbar)</translation>
    </message>
    <message>
        <source>a raw-data or registration object</source>
        <translation>ein Rohdaten- oder Registrierungsobjekt</translation>
    </message>
    <message>
        <source>an encapsulated document (PDF/CDA)</source>
        <translation>ein gekapseltes Dokument (PDF/CDA)</translation>
    </message>
    <message>
        <source>a waveform</source>
        <translation>eine Kurvenaufzeichnung (Waveform)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read as DICOM: the file is damaged, truncated or of another kind.</source>
        <translation>„%1“ kann nicht als DICOM gelesen werden: die Datei ist beschädigt, abgeschnitten oder von anderer Art.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: its pixel data cannot be read completely (%2).</source>
        <translation>„%1“ ist beschädigt: seine Pixeldaten können nicht vollständig gelesen werden (%2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 (SOP class %3), not a CT image. Open the CT series it belongs to.</source>
        <translation>„%1“ ist %2 (SOP-Klasse %3), kein CT-Bild. Öffnen Sie die CT-Serie, zu der es gehört.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no image: it is a DICOM object of another kind. Open the CT series.</source>
        <translation>„%1“ enthält kein Bild: es ist ein DICOM-Objekt anderer Art. Öffnen Sie die CT-Serie.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no image (modality %2): it is a DICOM object of another kind. Open the CT series.</source>
        <translation>„%1“ enthält kein Bild (Modalität %2): es ist ein DICOM-Objekt anderer Art. Öffnen Sie die CT-Serie.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: it has pixel data but no valid Rows/Columns (%2 x %3).</source>
        <translation>„%1“ ist beschädigt: es hat Pixeldaten, aber keine gültigen Rows/Columns (%2 × %3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 bits allocated per pixel; CT images have 8, 16 or 32.</source>
        <translation>„%1“ hat %2 zugewiesene Bit pro Pixel; CT-Bilder haben 8, 16 oder 32.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an unusable pixel spacing (&quot;%2&quot;): the file is damaged or was written incorrectly. CoSinGAN Studio will not invent one.</source>
        <translation>„%1“ hat einen unbrauchbaren Pixelabstand („%2“): die Datei ist beschädigt oder wurde falsch geschrieben. CoSinGAN Studio erfindet keinen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: its compressed pixel data is empty.</source>
        <translation>„%1“ ist beschädigt: seine komprimierten Pixeldaten sind leer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: its header says %2 x %3 pixels but the compressed image inside is %4 x %5.</source>
        <translation>„%1“ ist beschädigt: sein Header nennt %2 × %3 Pixel, das komprimierte Bild darin ist aber %4 × %5.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is truncated: its compressed image stops before its end marker.</source>
        <translation>„%1“ ist abgeschnitten: sein komprimiertes Bild endet vor seiner Endmarke.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is truncated: it holds %2 bytes of pixel data, but %3 x %4 pixels need %5.</source>
        <translation>„%1“ ist abgeschnitten: es enthält %2 Byte Pixeldaten, %3 × %4 Pixel brauchen aber %5.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: its pixel data cannot be decoded.</source>
        <translation>„%1“ ist beschädigt: seine Pixeldaten können nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: the DICOM decoder reported &quot;%2&quot;. Its pixels would be wrong; use an undamaged copy.</source>
        <translation>„%1“ ist beschädigt: der DICOM-Decoder meldete „%2“. Seine Pixel wären falsch; verwenden Sie eine unbeschädigte Kopie.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: reading it makes the DICOM library fail (signal %2 in a separate check process). Use an undamaged copy of the file.</source>
        <translation>„%1“ ist beschädigt: beim Lesen versagt die DICOM-Bibliothek (Signal %2 in einem separaten Prüfprozess). Verwenden Sie eine unbeschädigte Kopie der Datei.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read as DICOM.</source>
        <translation>„%1“ kann nicht als DICOM gelesen werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, not a model folder: choose the folder that holds manifest.json.</source>
        <translation>„%1“ ist %2, kein Modellordner: wählen Sie den Ordner, der manifest.json enthält.</translation>
    </message>
    <message>
        <source>The image is %1 x %2 pixels but the slice is %3 x %4.</source>
        <translation>Das Bild hat %1 x %2 Pixel, die Schicht aber %3 x %4.</translation>
    </message>
    <message>
        <source>None of the %1 masks can be used: each one is empty, has no lungs or is smaller than 16 x 16 pixels.</source>
        <translation>Keine der %1 Masken ist verwendbar: jede ist leer, hat keine Lungen oder ist kleiner als 16 x 16 Pixel.</translation>
    </message>
    <message>
        <source>CUDA was requested but LibTorch sees no CUDA device (this build or machine is CPU-only).</source>
        <translation>CUDA wurde angefordert, aber LibTorch sieht kein CUDA-Gerät (dieser Build oder Rechner hat nur die CPU).</translation>
    </message>
    <message>
        <source>There is no CUDA device %1.</source>
        <translation>Es gibt kein CUDA-Gerät %1.</translation>
    </message>
    <message>
        <source>Unknown device &apos;%1&apos; (cpu, cuda, cuda:N).</source>
        <translation>Unbekanntes Gerät „%1“ (cpu, cuda, cuda:N).</translation>
    </message>
    <message>
        <source>The VGG-19 weights &apos;%1&apos; cannot be loaded: not a TorchScript file (%2).</source>
        <translation>Die VGG-19-Gewichte „%1“ können nicht geladen werden: keine TorchScript-Datei (%2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a VGG-19: it has no parameter &apos;%2&apos;.</source>
        <translation>„%1“ ist kein VGG-19: der Parameter „%2“ fehlt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a VGG-19: its parameter &apos;%2&apos; has another shape.</source>
        <translation>„%1“ ist kein VGG-19: sein Parameter „%2“ hat eine andere Form.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not hold the 13 convolutions of VGG-19 up to conv5_1.</source>
        <translation>„%1“ enthält nicht die 13 Faltungen von VGG-19 bis conv5_1.</translation>
    </message>
    <message>
        <source>MS-FVL (the VGG-19 feature loss) is off: no ImageNet VGG-19 weights file was given (the Train workspace&apos;s VGG-19 field, or --vgg-weights; see docs/feature-networks.md).</source>
        <translation>MS-FVL (der VGG-19-Merkmalsverlust) ist aus: es wurde keine ImageNet-VGG-19-Gewichtsdatei angegeben (das VGG-19-Feld des Arbeitsbereichs Trainieren oder --vgg-weights; siehe docs/feature-networks.md).</translation>
    </message>
    <message>
        <source>The mask is empty (no pixels).</source>
        <translation>Die Maske ist leer (keine Pixel).</translation>
    </message>
    <message>
        <source>The mask is too small (at least 16 x 16 pixels).</source>
        <translation>Die Maske ist zu klein (mindestens 16 x 16 Pixel).</translation>
    </message>
    <message>
        <source>The mask has %1 values for a %2 x %3 slice.</source>
        <translation>Die Maske hat %1 Werte für eine Schicht von %2 x %3.</translation>
    </message>
    <message>
        <source>The mask holds the value %1; labels are 0 background, 1 left lung, 2 right lung, 3 infection.</source>
        <translation>Die Maske enthält den Wert %1; die Labels sind 0 Hintergrund, 1 linke Lunge, 2 rechte Lunge, 3 Infektion.</translation>
    </message>
    <message>
        <source>To synthesise from a lesion mask, make it a condition first: lungs plus the lesions as infection (paint or propose the lungs in the app, or cosingan bundle CT_IMAGE --infection LESION_MASK --auto-lungs --out MASK.pt).</source>
        <translation>Um aus einer Läsionsmaske zu synthetisieren, machen Sie zuerst eine Bedingung daraus: die Lungen und die Läsionen als Infektion (die Lungen in der App malen oder vorschlagen lassen, oder cosingan bundle CT_IMAGE --infection LESION_MASK --auto-lungs --out MASK.pt).</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; holds only the values 0 and 1: it looks like a binary lesion mask, which would be read as &quot;left lung&quot; and nothing else (a label map uses 1 left lung, 2 right lung, 3 infection). %3</source>
        <translation>%1 „%2“ enthält nur die Werte 0 und 1: das sieht nach einer binären Läsionsmaske aus, die als „linke Lunge“ und nichts anderes gelesen würde (eine Labelkarte verwendet 1 linke Lunge, 2 rechte Lunge, 3 Infektion). %3</translation>
    </message>
    <message>
        <source>The mask is empty (background only). %1</source>
        <translation>Die Maske ist leer (nur Hintergrund). %1</translation>
    </message>
    <message>
        <source>The mask &apos;%1&apos; is empty (background only). %2</source>
        <translation>Die Maske „%1“ ist leer (nur Hintergrund). %2</translation>
    </message>
    <message>
        <source>The mask has infection but no lungs: CoSinGAN draws the chest from the lung labels. %1</source>
        <translation>Die Maske hat Infektion, aber keine Lungen: CoSinGAN zeichnet den Thorax aus den Lungenlabels. %1</translation>
    </message>
    <message>
        <source>The mask &apos;%1&apos; has infection but no lungs: CoSinGAN draws the chest from the lung labels. %2</source>
        <translation>Die Maske „%1“ hat Infektion, aber keine Lungen: CoSinGAN zeichnet den Thorax aus den Lungenlabels. %2</translation>
    </message>
    <message>
        <source>The image (%1 pixels) and the mask (%2 pixels) do not match.</source>
        <translation>Das Bild (%1 Pixel) und die Maske (%2 Pixel) passen nicht zusammen.</translation>
    </message>
    <message>
        <source>The mask is empty: paint the lungs (and any infection) first.</source>
        <translation>Die Maske ist leer: malen Sie zuerst die Lungen (und gegebenenfalls die Infektion).</translation>
    </message>
    <message>
        <source>The mask has no lungs: CoSinGAN learns the chest from the lung labels; paint or propose the lungs first.</source>
        <translation>Die Maske hat keine Lungen: CoSinGAN lernt den Thorax aus den Lungenlabels; malen Sie zuerst die Lungen oder lassen Sie sie vorschlagen.</translation>
    </message>
    <message>
        <source>The image is blank (a single grey value).</source>
        <translation>Das Bild ist leer (ein einziger Grauwert).</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is neither a label map (values 0..3) nor a condition image (0 background, 128 lung, 255 infection).</source>
        <translation>%1 „%2“ ist weder eine Labelkarte (Werte 0..3) noch ein Bedingungsbild (0 Hintergrund, 128 Lunge, 255 Infektion).</translation>
    </message>
    <message>
        <source>The model has %1 trained scales; scale %2 does not exist.</source>
        <translation>Das Modell hat %1 trainierte Skalen; Skala %2 gibt es nicht.</translation>
    </message>
    <message>
        <source>Image fusion needs two models of the same finest size (%1 vs %2 px).</source>
        <translation>Die Bildfusion braucht zwei Modelle mit derselben feinsten Größe (%1 gegenüber %2 px).</translation>
    </message>
    <message>
        <source>Image fusion needs two models with the same pyramid.</source>
        <translation>Die Bildfusion braucht zwei Modelle mit derselben Pyramide.</translation>
    </message>
    <message>
        <source>The fusion weight zeta must be in [0, 1].</source>
        <translation>Das Fusionsgewicht Zeta muss in [0, 1] liegen.</translation>
    </message>
    <message>
        <source>Image fusion needs two models that draw the same field (one was trained on the lung box alone, or with another margin).</source>
        <translation>Die Bildfusion braucht zwei Modelle, die dasselbe Bildfeld zeichnen (eines wurde nur auf dem Lungenausschnitt oder mit einem anderen Rand trainiert).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no entry &apos;%2&apos; (damaged, or written by another model).</source>
        <translation>„%1“ hat keinen Eintrag „%2“ (beschädigt oder von einem anderen Modell geschrieben).</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; has another shape than this model&apos;s.</source>
        <translation>„%1“: „%2“ hat eine andere Form als in diesem Modell.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read as a tensor file (damaged or of another kind).</source>
        <translation>„%1“ kann nicht als Tensordatei gelesen werden (beschädigt oder anderer Art).</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>the weights file</source>
        <translation>die Gewichtsdatei</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read.</source>
        <translation>„%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The model&apos;s weights file %1 is damaged (its checksum does not match the manifest).</source>
        <translation>Die Gewichtsdatei %1 des Modells ist beschädigt (ihre Prüfsumme stimmt nicht mit dem Manifest überein).</translation>
    </message>
    <message>
        <source>The model in &apos;%1&apos; is finished (%2 scales trained): there is nothing to resume.</source>
        <translation>Das Modell in „%1“ ist fertig (%2 Skalen trainiert): es gibt nichts fortzusetzen.</translation>
    </message>
    <message>
        <source>There is no checkpoint to resume in &apos;%1&apos; (the training stopped before its first checkpoint): start the training again.</source>
        <translation>In „%1“ gibt es keinen Checkpoint zum Fortsetzen (das Training endete vor seinem ersten Checkpoint): starten Sie das Training erneut.</translation>
    </message>
    <message>
        <source>Training on %1: %2</source>
        <translation>Training auf %1: %2</translation>
    </message>
    <message>
        <source>Removed %1 unfinished save(s) from an earlier run.</source>
        <translation>%1 unvollständige Speicherung(en) eines früheren Laufs entfernt.</translation>
    </message>
    <message>
        <source>There is no checkpoint to resume in &apos;%1&apos;.</source>
        <translation>In „%1“ gibt es keinen Checkpoint zum Fortsetzen.</translation>
    </message>
    <message>
        <source>The checkpoint in &apos;%1&apos; was made with another configuration: resume with the same preset and options, or start a new training.</source>
        <translation>Der Checkpoint in „%1“ wurde mit einer anderen Konfiguration erstellt: setzen Sie mit derselben Voreinstellung und denselben Optionen fort oder starten Sie ein neues Training.</translation>
    </message>
    <message>
        <source>Resuming at %1.</source>
        <translation>Fortsetzen bei %1.</translation>
    </message>
    <message>
        <source>the segmentation U-Net&apos;s pre-training (it starts again)</source>
        <translation>das Vortraining des Segmentierungs-U-Net (es beginnt von vorn)</translation>
    </message>
    <message>
        <source>scale %1 of %2 (%3 px), stage %4, iteration %5 of %6</source>
        <translation>Skala %1 von %2 (%3 px), Stufe %4, Iteration %5 von %6</translation>
    </message>
    <message>
        <source>The slice is only %1 x %2 pixels: too small to train on (at least 16 x 16).</source>
        <translation>Die Schicht hat nur %1 x %2 Pixel: zu klein zum Trainieren (mindestens 16 x 16).</translation>
    </message>
    <message>
        <source>Cannot read the NIfTI-2 file &apos;%1&apos;: %2</source>
        <translation>Die NIfTI-2-Datei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The label volume &apos;%1&apos; has no slice with lungs. %2</source>
        <translation>Das Labelvolumen „%1“ hat keine Schicht mit Lungen. %2</translation>
    </message>
    <message>
        <source>The study has no lungs to place lesions in: propose or paint the lungs first.</source>
        <translation>Die Studie hat keine Lungen, in die Läsionen gesetzt werden könnten: lassen Sie die Lungen zuerst vorschlagen oder malen Sie sie.</translation>
    </message>
    <message>
        <source>The lesion mask holds no lesion (every voxel is 0).</source>
        <translation>Die Läsionsmaske enthält keine Läsion (jedes Voxel ist 0).</translation>
    </message>
    <message>
        <source>the label volume</source>
        <translation>das Labelvolumen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be put in place: %2.</source>
        <translation>„%1“ kann nicht an seinen Platz gebracht werden: %2.</translation>
    </message>
    <message>
        <source>no space left on the disk holding &apos;%1&apos; while writing &apos;%2&apos;: free some space (or choose another folder) and try again; the previous version, if any, is kept</source>
        <translation>kein freier Platz mehr auf dem Datenträger von „%1“ beim Schreiben von „%2“: geben Sie Platz frei (oder wählen Sie einen anderen Ordner) und versuchen Sie es erneut; die vorige Fassung, falls vorhanden, bleibt erhalten</translation>
    </message>
    <message>
        <source>cannot write in &apos;%1&apos;: %2; choose a folder you may write to</source>
        <translation>in „%1“ kann nicht geschrieben werden: %2; wählen Sie einen Ordner, in den Sie schreiben dürfen</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists.</source>
        <translation>„%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be moved to &apos;%2&apos;: %3.</source>
        <translation>„%1“ kann nicht nach „%2“ verschoben werden: %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be copied to &apos;%2&apos;: %3.</source>
        <translation>„%1“ kann nicht nach „%2“ kopiert werden: %3.</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>the paper: 9 scales 32-512 px, 4000+2000 iterations per scale, 64 channels (hours on a GPU)</source>
        <translation>die Publikation: 9 Skalen 32-512 px, 4000+2000 Iterationen je Skala, 64 Kanäle (Stunden auf einer GPU)</translation>
    </message>
    <message>
        <source>2 scales 64-128 px, stage 1 only, 64 channels (about 25 minutes on 2 CPU cores)</source>
        <translation>2 Skalen 64-128 px, nur Stufe 1, 64 Kanäle (etwa 25 Minuten auf 2 CPU-Kernen)</translation>
    </message>
    <message>
        <source>2 scales 32-48 px, 30+15 iterations, 8 channels (seconds; for tests)</source>
        <translation>2 Skalen 32-48 px, 30+15 Iterationen, 8 Kanäle (Sekunden; für Tests)</translation>
    </message>
    <message>
        <source>baseline: pix2pix (unet_256, 3-layer PatchGAN, WPPL x100), one scale 256 px, 6000 iterations (a GPU)</source>
        <translation>Vergleich: pix2pix (unet_256, 3-Schicht-PatchGAN, WPPL x100), eine Skala 256 px, 6000 Iterationen (eine GPU)</translation>
    </message>
    <message>
        <source>baseline: pix2pix at 256 px with CoSinGAN&apos;s mixed reconstruction loss, 6000 iterations (a GPU)</source>
        <translation>Vergleich: pix2pix bei 256 px mit dem gemischten Rekonstruktionsverlust von CoSinGAN, 6000 Iterationen (eine GPU)</translation>
    </message>
    <message>
        <source>baseline: pix2pix (unet_128) at 128 px, 190 iterations (about 4 minutes on 2 CPU cores)</source>
        <translation>Vergleich: pix2pix (unet_128) bei 128 px, 190 Iterationen (etwa 4 Minuten auf 2 CPU-Kernen)</translation>
    </message>
    <message>
        <source>baseline: enhanced pix2pix (unet_128) at 128 px, 165 iterations (about 5 minutes on 2 CPU cores)</source>
        <translation>Vergleich: verbessertes pix2pix (unet_128) bei 128 px, 165 Iterationen (etwa 5 Minuten auf 2 CPU-Kernen)</translation>
    </message>
    <message>
        <source>2 scales 64-128 px, stage 1 only, 64 channels (about 4 minutes on 2 CPU cores)</source>
        <translation>2 Skalen 64-128 px, nur Stufe 1, 64 Kanäle (etwa 4 Minuten auf 2 CPU-Kernen)</translation>
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
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>The study&apos;s slices with lungs (%1)</source>
        <translation>Die Schichten der Studie mit Lunge (%1)</translation>
    </message>
    <message>
        <source>The condition canvas (1 mask)</source>
        <translation>Die Bedingungsfläche (1 Maske)</translation>
    </message>
    <message numerus="yes">
        <source>%n mask file(s)</source>
        <translation>
            <numerusform>%n Maskendatei</numerusform>
            <numerusform>%n Maskendateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n mask(s))</source>
        <translation>
            <numerusform> (%n Maske)</numerusform>
            <numerusform> (%n Masken)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The study with the lesions of %1 (%n slice(s) with lungs)</source>
        <translation>
            <numerusform>Die Studie mit den Läsionen von %1 (%n Schicht mit Lunge)</numerusform>
            <numerusform>Die Studie mit den Läsionen von %1 (%n Schichten mit Lunge)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lesions placed: %1 voxels of infection; %2 fell outside the lungs and were dropped.</source>
        <translation>Läsionen platziert: %1 Voxel Infektion; %2 lagen außerhalb der Lunge und wurden verworfen.</translation>
    </message>
    <message>
        <source>the one real slice</source>
        <translation>die eine reale Schicht</translation>
    </message>
    <message>
        <source>more real slices (%1)</source>
        <translation>weitere reale Schichten (%1)</translation>
    </message>
    <message>
        <source>The curves appear with the first iterations.</source>
        <translation>Die Kurven erscheinen mit den ersten Iterationen.</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>fortgesetzt</translation>
    </message>
    <message>
        <source>No mask files were chosen.</source>
        <translation>Es wurden keine Maskendateien gewählt.</translation>
    </message>
    <message>
        <source>Lesions are placed into a study&apos;s label volume, and this source has none.</source>
        <translation>Läsionen werden in das Labelvolumen einer Studie gesetzt, und diese Quelle hat keines.</translation>
    </message>
</context>
<context>
    <name>ShortcutHelp</name>
    <message>
        <source>Mouse wheel  /  Up, Down  /  Page Up, Page Down</source>
        <translation>Mausrad  /  Pfeil auf, ab  /  Bild auf, Bild ab</translation>
    </message>
    <message>
        <source>Next / previous axial slice (in every tool)</source>
        <translation>Nächste / vorherige axiale Schicht (in jedem Werkzeug)</translation>
    </message>
    <message>
        <source>Ctrl + wheel  /  +, -  /  F</source>
        <translation>Strg + Mausrad  /  +, -  /  F</translation>
    </message>
    <message>
        <source>Zoom  /  fit the slice to the window</source>
        <translation>Zoomen  /  Schicht ins Fenster einpassen</translation>
    </message>
    <message>
        <source>Middle-drag  /  Space + drag</source>
        <translation>Mittlere Taste ziehen  /  Leertaste + ziehen</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Window/level (horizontal = width)  /  lung (paper), CT lung, mediastinum</source>
        <translation>Fenster/Level (waagrecht = Breite)  /  Lunge (Publikation), CT-Lunge, Mediastinum</translation>
    </message>
    <message>
        <source>N  /  B  /  G  /  P</source>
        <translation>N  /  B  /  G  /  P</translation>
    </message>
    <message>
        <source>Navigate  /  brush  /  flood fill  /  polygon or lasso</source>
        <translation>Navigieren  /  Pinsel  /  Flutfüllung  /  Polygon oder Lasso</translation>
    </message>
    <message>
        <source>0  /  1  /  2  /  3  /  Ctrl + click</source>
        <translation>0  /  1  /  2  /  3  /  Strg + Klick</translation>
    </message>
    <message>
        <source>Label: background, left lung, right lung, infection  /  pick the label under the cursor</source>
        <translation>Label: Hintergrund, linke Lunge, rechte Lunge, Infektion  /  Label unter dem Cursor übernehmen</translation>
    </message>
    <message>
        <source>Paint  /  erase the active label</source>
        <translation>Malen  /  aktives Label radieren</translation>
    </message>
    <message>
        <source>[  ]  /  Shift + wheel</source>
        <translation>[  ]  /  Umschalt + Mausrad</translation>
    </message>
    <message>
        <source>Brush size</source>
        <translation>Pinselgröße</translation>
    </message>
    <message>
        <source>R  /  D</source>
        <translation>R  /  D</translation>
    </message>
    <message>
        <source>Double-click or Enter  /  Esc</source>
        <translation>Doppelklick oder Eingabe  /  Esc</translation>
    </message>
    <message>
        <source>Fill the polygon  /  drop it</source>
        <translation>Polygon füllen  /  verwerfen</translation>
    </message>
    <message>
        <source>Ctrl+Z  /  Ctrl+Shift+Z</source>
        <translation>Strg+Z  /  Strg+Umschalt+Z</translation>
    </message>
    <message>
        <source>Undo  /  redo</source>
        <translation>Rückgängig  /  wiederholen</translation>
    </message>
    <message>
        <source>L  /  O</source>
        <translation>L  /  O</translation>
    </message>
    <message>
        <source>Show labels  /  outlines only</source>
        <translation>Labels zeigen  /  nur Umrisse</translation>
    </message>
    <message>
        <source>Ctrl+S  /  Ctrl+I  /  Ctrl+O</source>
        <translation>Strg+S  /  Strg+I  /  Strg+O</translation>
    </message>
    <message>
        <source>Save labels  /  import labels  /  open a study</source>
        <translation>Labels speichern  /  Labels importieren  /  Studie öffnen</translation>
    </message>
    <message>
        <source>Paint only inside the HU range  /  next paint-over rule (all labels, background, lungs)</source>
        <translation>Nur im HU-Bereich malen  /  nächste Übermal-Regel (alle Labels, Hintergrund, Lunge)</translation>
    </message>
    <message>
        <source>Right-drag  /  Alt+1, Alt+2, Alt+3</source>
        <translation>Rechts ziehen  /  Alt+1, Alt+2, Alt+3</translation>
    </message>
    <message>
        <source>Left drag  /  Shift + drag</source>
        <translation>Links ziehen  /  Umschalt + ziehen</translation>
    </message>
    <message>
        <source>Ctrl+L  /  Ctrl+Shift+L</source>
        <translation>Strg+L  /  Strg+Umschalt+L</translation>
    </message>
    <message>
        <source>Propose both lungs on this slice  /  on every slice (keeps the infection)</source>
        <translation>Beide Lungen auf dieser Schicht vorschlagen  /  auf jeder Schicht (die Infektion bleibt)</translation>
    </message>
    <message>
        <source>Ctrl+1  /  Ctrl+2  /  Ctrl+3</source>
        <translation>Strg+1  /  Strg+2  /  Strg+3</translation>
    </message>
    <message>
        <source>Annotate  /  Train  /  Synthesise workspace</source>
        <translation>Arbeitsbereich Annotieren  /  Trainieren  /  Synthetisieren</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Strg+T</translation>
    </message>
    <message>
        <source>Train on the current slice (Train workspace); Pause and Stop keep a checkpoint to resume from</source>
        <translation>Auf der aktuellen Schicht trainieren (Arbeitsbereich Trainieren); Pause und Stopp sichern einen Checkpoint zum Fortsetzen</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Strg+E</translation>
    </message>
    <message>
        <source>Export a labelled dataset (nnU-Net layout) with the open model</source>
        <translation>Einen gelabelten Datensatz (nnU-Net-Layout) mit dem geöffneten Modell exportieren</translation>
    </message>
    <message>
        <source>Synthesise: paint on the condition canvas</source>
        <translation>Synthetisieren: auf der Bedingungsfläche malen</translation>
    </message>
    <message>
        <source>The same tools and keys as Annotate; the image is generated again after each stroke</source>
        <translation>Dieselben Werkzeuge und Tasten wie beim Annotieren; das Bild wird nach jedem Strich neu erzeugt</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H  /  Ctrl+,</source>
        <translation>Strg+Umschalt+H  /  Strg+,</translation>
    </message>
    <message>
        <source>The Start page  /  preferences</source>
        <translation>Die Startseite  /  Einstellungen</translation>
    </message>
    <message>
        <source>F1  /  ?  /  Shift+F1</source>
        <translation>F1  /  ?  /  Umschalt+F1</translation>
    </message>
    <message>
        <source>This help (any key or click closes it)  /  the user guide</source>
        <translation>Diese Hilfe (jede Taste oder jeder Klick schließt sie)  /  das Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>WindowPresets</name>
    <message>
        <source>Lung (paper, -1250..250 HU)</source>
        <translation>Lunge (Publikation, -1250..250 HU)</translation>
    </message>
    <message>
        <source>CT lung (W 1400 / L -500)</source>
        <translation>CT-Lunge (W 1400 / L -500)</translation>
    </message>
    <message>
        <source>Mediastinum (W 350 / L 40)</source>
        <translation>Mediastinum (W 350 / L 40)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::AboutDialog</name>
    <message>
        <source>About CoSinGAN Studio</source>
        <translation>Über CoSinGAN Studio</translation>
    </message>
    <message>
        <source>&lt;h2&gt;CoSinGAN Studio %1&lt;/h2&gt;&lt;p&gt;Learns a conditional single-image GAN from one annotated CT slice and synthesises realistic, labelled CT slices and volumes from new lung and infection masks: training data for segmentation networks when almost no annotated data exists.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not a medical device.&lt;/b&gt; Synthetic images are marked as such and must not be used for diagnosis.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;CoSinGAN Studio %1&lt;/h2&gt;&lt;p&gt;Lernt aus einer annotierten CT-Schicht ein bedingtes Single-Image-GAN und synthetisiert aus neuen Lungen- und Infektionsmasken realistische, gelabelte CT-Schichten und -Volumen: Trainingsdaten für Segmentierungsnetze, wenn es kaum annotierte Daten gibt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kein Medizinprodukt.&lt;/b&gt; Synthetische Bilder sind als solche gekennzeichnet und dürfen nicht zur Diagnose verwendet werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Please cite&lt;/h3&gt;&lt;p&gt;Pengyi Zhang, Yunxin Zhong, Yulin Deng, Xiaoying Tang, Xiaoqiong Li. &lt;i&gt;CoSinGAN: Learning COVID-19 Infection Segmentation from a Single Radiological Image.&lt;/i&gt; Diagnostics, 2020 (published 3 November 2020). The paper&apos;s text is licensed CC BY 4.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bitte zitieren&lt;/h3&gt;&lt;p&gt;Pengyi Zhang, Yunxin Zhong, Yulin Deng, Xiaoying Tang, Xiaoqiong Li. &lt;i&gt;CoSinGAN: Learning COVID-19 Infection Segmentation from a Single Radiological Image.&lt;/i&gt; Diagnostics, 2020 (veröffentlicht am 3. November 2020). Der Text der Publikation steht unter CC BY 4.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Data&lt;/h3&gt;&lt;p&gt;The built-in demo is a synthetic chest phantom made by this program. Documentation and tests use real scans from: MIDRC-RICORD-1A (The Cancer Imaging Archive, CC BY-NC 4.0); the MedSeg / Inf-Net COVID-19 CT slices (Fan et al., IEEE TMI 2020); MosMedData (CC BY-NC-ND 3.0); TotalSegmentator and lungmask test data (Apache-2.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Daten&lt;/h3&gt;&lt;p&gt;Die eingebaute Demo ist ein synthetisches Thorax-Phantom, das dieses Programm erzeugt. Dokumentation und Tests verwenden reale Aufnahmen aus: MIDRC-RICORD-1A (The Cancer Imaging Archive, CC BY-NC 4.0); den MedSeg-/Inf-Net-COVID-19-CT-Schichten (Fan et al., IEEE TMI 2020); MosMedData (CC BY-NC-ND 3.0); Testdaten von TotalSegmentator und lungmask (Apache-2.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Libraries in this build&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Bibliotheken in diesem Build&lt;/h3&gt;</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::AnnotateWorkspace</name>
    <message>
        <source>Axial slice (mouse wheel, Up/Down, Page Up/Page Down)</source>
        <translation>Axiale Schicht (Mausrad, Pfeil auf/ab, Bild auf/ab)</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
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
        <translation>%1 × %2 × %3</translation>
    </message>
    <message>
        <source>%1 × %2 × %3 mm</source>
        <translation>%1 × %2 × %3 mm</translation>
    </message>
    <message>
        <source>%1 (shown %2)</source>
        <translation>%1 (angezeigt %2)</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>Synthetic data generated by CoSinGAN Studio — not a patient.</source>
        <translation>Von CoSinGAN Studio erzeugte synthetische Daten — kein Patient.</translation>
    </message>
    <message>
        <source>8-bit image: HU derived through the lung window.</source>
        <translation>8-Bit-Bild: HU aus dem Lungenfenster abgeleitet.</translation>
    </message>
    <message>
        <source>transposed for display</source>
        <translation>zur Anzeige transponiert</translation>
    </message>
    <message>
        <source>The image is stored transposed; it is shown with rows and columns swapped, and saved labels keep the layout of the image file (View ▸ Image Stored Transposed).</source>
        <translation>Das Bild ist transponiert gespeichert; es wird mit vertauschten Zeilen und Spalten angezeigt, gespeicherte Labels behalten das Layout der Bilddatei (Ansicht ▸ Bild transponiert gespeichert).</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Messungen</translation>
    </message>
    <message>
        <source> (assumed)</source>
        <translation> (angenommen)</translation>
    </message>
    <message>
        <source>The file gives no voxel spacing, so 1 mm is assumed: areas and volumes in mm² and mL are not real sizes.</source>
        <translation>Die Datei enthält keinen Voxelabstand, daher wird 1 mm angenommen: Flächen und Volumen in mm² und mL sind keine echten Größen.</translation>
    </message>
    <message>
        <source>Slice %3   Column %1, row %2   Position (%4, %5, %6) mm   %7 HU   %8</source>
        <translation>Schicht %3   Spalte %1, Zeile %2   Position (%4, %5, %6) mm   %7 HU   %8</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::AnnotationController</name>
    <message>
        <source>Autosave is off: %1</source>
        <translation>Automatisches Speichern ist aus: %1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>%1 on slice %2</source>
        <translation>%1 auf Schicht %2</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <source>Automatic lungs: %1 — correct them with the brush; Ctrl+Z undoes</source>
        <translation>Automatische Lunge: %1 — mit dem Pinsel korrigieren; Strg+Z macht es rückgängig</translation>
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
        <source>Polygon: click vertices, double-click or Enter to fill; or drag a freehand lasso</source>
        <translation>Polygon: Eckpunkte klicken, Doppelklick oder Eingabe füllt; oder ein freihändiges Lasso ziehen</translation>
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
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Larger Brush</source>
        <translation>Größerer Pinsel</translation>
    </message>
    <message>
        <source>Larger brush</source>
        <translation>Größerer Pinsel</translation>
    </message>
    <message>
        <source>Smaller Brush</source>
        <translation>Kleinerer Pinsel</translation>
    </message>
    <message>
        <source>Smaller brush</source>
        <translation>Kleinerer Pinsel</translation>
    </message>
    <message>
        <source>Paint Only in HU Range</source>
        <translation>Nur im HU-Bereich malen</translation>
    </message>
    <message>
        <source>Paint only where HU lies inside the editable range</source>
        <translation>Nur dort malen, wo der HU-Wert im bearbeitbaren Bereich liegt</translation>
    </message>
    <message>
        <source>Intensity range on: painting only between %1 and %2 HU</source>
        <translation>Intensitätsbereich an: es wird nur zwischen %1 und %2 HU gemalt</translation>
    </message>
    <message>
        <source>Intensity range off</source>
        <translation>Intensitätsbereich aus</translation>
    </message>
    <message>
        <source>Next Paint-Over Rule</source>
        <translation>Nächste Übermal-Regel</translation>
    </message>
    <message>
        <source>Cycle what painting may cover: all labels, background only, lungs only</source>
        <translation>Wechselt, was beim Malen überdeckt werden darf: alle Labels, nur Hintergrund, nur Lunge</translation>
    </message>
    <message>
        <source>all labels</source>
        <translation>alle Labels</translation>
    </message>
    <message>
        <source>background only</source>
        <translation>nur Hintergrund</translation>
    </message>
    <message>
        <source>lungs only</source>
        <translation>nur Lunge</translation>
    </message>
    <message>
        <source>Painting over %1</source>
        <translation>Malen über %1</translation>
    </message>
    <message>
        <source>Propose &amp;Lungs</source>
        <translation>&amp;Lungen vorschlagen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Propose both lungs on this slice automatically (keeps the infection)</source>
        <translation>Beide Lungen auf dieser Schicht automatisch vorschlagen (die Infektion bleibt)</translation>
    </message>
    <message>
        <source>Finish Polygon</source>
        <translation>Polygon abschließen</translation>
    </message>
    <message>
        <source>Fill the polygon being drawn</source>
        <translation>Das gezeichnete Polygon füllen</translation>
    </message>
    <message>
        <source>Cancel Polygon</source>
        <translation>Polygon verwerfen</translation>
    </message>
    <message>
        <source>Drop the polygon being drawn</source>
        <translation>Das gezeichnete Polygon verwerfen</translation>
    </message>
    <message>
        <source>Nothing changed: %1</source>
        <translation>Nichts geändert: %1</translation>
    </message>
    <message>
        <source>Proposing lungs on %1 slices…</source>
        <translation>Lunge wird auf %1 Schichten vorgeschlagen…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Automatic Lungs</source>
        <translation>Automatische Lunge</translation>
    </message>
    <message>
        <source>Automatic lungs on %1 of %2 slices — Ctrl+Z undoes them all</source>
        <translation>Automatische Lunge auf %1 von %2 Schichten — Strg+Z macht alles rückgängig</translation>
    </message>
    <message>
        <source>Navigate: drag or right-drag = window/level, Ctrl+right-drag = zoom</source>
        <translation>Navigieren: Ziehen oder Rechtsziehen = Fenster/Level, Strg+Rechtsziehen = Zoom</translation>
    </message>
    <message>
        <source>Brush: left paints, Shift+left erases the active label; [ ] or Shift+wheel size</source>
        <translation>Pinsel: links malt, Umschalt+links radiert das aktive Label; [ ] oder Umschalt+Mausrad für die Größe</translation>
    </message>
    <message>
        <source>Flood fill the connected region under the cursor (Shift+click: erase it)</source>
        <translation>Den zusammenhängenden Bereich unter dem Cursor füllen (Umschalt+Klick: radieren)</translation>
    </message>
    <message>
        <source>Propose Lungs on &amp;All Slices</source>
        <translation>Lunge auf &amp;allen Schichten vorschlagen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Propose both lungs on every slice that has them (keeps the infection); one undo step</source>
        <translation>Beide Lungen auf jeder Schicht vorschlagen, die sie enthält (die Infektion bleibt); ein Rückgängig-Schritt</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::DropoutControl</name>
    <message>
        <source>Dropout 0.5 active at synthesis (the paper&apos;s AD): more diverse images from the same mask</source>
        <translation>Dropout 0,5 bei der Synthese aktiv (AD des Artikels): vielfältigere Bilder aus derselben Maske</translation>
    </message>
    <message>
        <source>This model&apos;s generators have no dropout layers (fewer than six down-samplings): dropout would change nothing. Use RC.</source>
        <translation>Die Generatoren dieses Modells haben keine Dropout-Schichten (weniger als sechs Downsamplings): Dropout würde nichts ändern. RC verwenden.</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::EvaluateDialog</name>
    <message>
        <source>Evaluate: does the synthetic data train a segmenter?</source>
        <translation>Bewerten: Trainieren die synthetischen Daten einen Segmentierer?</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Trainiert auf</translation>
    </message>
    <message>
        <source>Slices</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Dice infection</source>
        <translation>Dice Infektion</translation>
    </message>
    <message>
        <source>NSD infection</source>
        <translation>NSD Infektion</translation>
    </message>
    <message>
        <source>Dice lungs</source>
        <translation>Dice Lunge</translation>
    </message>
    <message>
        <source>NSD lungs</source>
        <translation>NSD Lunge</translation>
    </message>
    <message>
        <source>The same evaluation from the command line (its real slices are saved beside the dataset)</source>
        <translation>Dieselbe Bewertung auf der Kommandozeile (ihre realen Schichten werden neben dem Datensatz gespeichert)</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <source>Cancel Evaluation</source>
        <translation>Bewertung abbrechen</translation>
    </message>
    <message>
        <source>Also train on more real data: %1 of the painted slices (the other %2 are then the test set)</source>
        <translation>Auch auf weiteren realen Daten trainieren: %1 der bemalten Schichten (die übrigen %2 bilden dann die Testmenge)</translation>
    </message>
    <message>
        <source>A 2-D U-Net (%1 px, %2 iterations) is trained on each set below and tested on %3 real labelled slices of the study; Dice and normalised surface Dice per label, mean ± sd over the slices.</source>
        <translation>Ein 2-D-U-Net (%1 px, %2 Iterationen) wird auf jeder Menge unten trainiert und an %3 realen gelabelten Schichten der Studie getestet; Dice und normalisierter Oberflächen-Dice je Label, Mittelwert ± SD über die Schichten.</translation>
    </message>
    <message>
        <source>The study has no labelled slices to test on: paint the infection on a few slices first.</source>
        <translation>Die Studie hat keine gelabelten Schichten zum Testen: zuerst auf einigen Schichten die Infektion malen.</translation>
    </message>
    <message>
        <source>Training the segmenters…</source>
        <translation>Die Segmentierer werden trainiert…</translation>
    </message>
    <message>
        <source>Done: %1 segmenters trained and tested.</source>
        <translation>Fertig: %1 Segmentierer trainiert und getestet.</translation>
    </message>
    <message>
        <source>Evaluation cancelled.</source>
        <translation>Bewertung abgebrochen.</translation>
    </message>
    <message>
        <source>Evaluation failed: %1</source>
        <translation>Bewertung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source> The real slices could not be saved for the command line: %1</source>
        <translation> Die realen Schichten konnten nicht für die Kommandozeile gespeichert werden: %1</translation>
    </message>
    <message>
        <source> Saved beside the dataset as %1.</source>
        <translation> Neben dem Datensatz gespeichert als %1.</translation>
    </message>
    <message>
        <source> The results could not be saved: %1</source>
        <translation> Die Ergebnisse konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Dice on the study&apos;s real slices</source>
        <translation>Dice auf den realen Schichten der Studie</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::ExportDialog</name>
    <message>
        <source>Export a Labelled Dataset</source>
        <translation>Gelabelten Datensatz exportieren</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>nnU-Net v2 (imagesTr/, labelsTr/, dataset.json)</source>
        <translation>nnU-Net v2 (imagesTr/, labelsTr/, dataset.json)</translation>
    </message>
    <message>
        <source>NIfTI pairs (images/, labels/)</source>
        <translation>NIfTI-Paare (images/, labels/)</translation>
    </message>
    <message>
        <source>PNG pairs (8-bit lung window, labels 0..3)</source>
        <translation>PNG-Paare (8 Bit, Lungenfenster, Labels 0..3)</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>Dateien…</translation>
    </message>
    <message>
        <source>Masks from files: label images (0..3 or 0/128/255), label volumes (every slice with lungs), slice bundles</source>
        <translation>Masken aus Dateien: Labelbilder (0..3 oder 0/128/255), Labelvolumen (jede Schicht mit Lunge), Schichtbündel</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>Every mask file in a folder</source>
        <translation>Jede Maskendatei in einem Ordner</translation>
    </message>
    <message>
        <source>Lesions…</source>
        <translation>Läsionen…</translation>
    </message>
    <message>
        <source>Place another study&apos;s lesions (a 0/1 lesion volume, e.g. MosMed&apos;s) into the study&apos;s lungs</source>
        <translation>Die Läsionen einer anderen Studie (ein 0/1-Läsionsvolumen, z. B. aus MosMed) in die Lunge der Studie setzen</translation>
    </message>
    <message>
        <source>Masks</source>
        <translation>Masken</translation>
    </message>
    <message>
        <source>Variants per mask</source>
        <translation>Varianten je Maske</translation>
    </message>
    <message>
        <source>Randomised condition (RC)</source>
        <translation>Randomisierte Bedingung (RC)</translation>
    </message>
    <message>
        <source>Dropout at synthesis (AD)</source>
        <translation>Dropout bei der Synthese (AD)</translation>
    </message>
    <message>
        <source>First seed</source>
        <translation>Erster Seed</translation>
    </message>
    <message>
        <source>Include the real training slice as the first case</source>
        <translation>Die reale Trainingsschicht als ersten Fall aufnehmen</translation>
    </message>
    <message>
        <source>Fuse with</source>
        <translation>Fusionieren mit</translation>
    </message>
    <message>
        <source>Image fusion (the paper&apos;s IF): each image a mix of this model&apos;s and a second model&apos;s, the weight ζ drawn per image from U[0,1]</source>
        <translation>Bildfusion (IF der Publikation): jedes Bild eine Mischung aus dem Bild dieses und eines zweiten Modells, das Gewicht ζ je Bild aus U[0,1] gezogen</translation>
    </message>
    <message>
        <source>a second model folder</source>
        <translation>ein zweiter Modellordner</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Image fusion</source>
        <translation>Bildfusion</translation>
    </message>
    <message>
        <source>A second model for image fusion</source>
        <translation>Ein zweites Modell für die Bildfusion</translation>
    </message>
    <message>
        <source>Whole volumes: one case per label volume (3-D, NIfTI layouts)</source>
        <translation>Ganze Volumen: ein Fall je Labelvolumen (3-D, NIfTI-Layouts)</translation>
    </message>
    <message>
        <source>Each label volume becomes a synthetic CT on its grid: slices with lungs generated, the others from the study&apos;s CT (or air for volume files)</source>
        <translation>Jedes Labelvolumen wird ein synthetisches CT auf seinem Gitter: Schichten mit Lunge werden erzeugt, die übrigen stammen aus dem CT der Studie (oder Luft bei Volumendateien)</translation>
    </message>
    <message>
        <source>Case names NAME_0001…; letters, digits and &apos;-&apos;</source>
        <translation>Fallnamen NAME_0001…; Buchstaben, Ziffern und &apos;-&apos;</translation>
    </message>
    <message>
        <source>Dataset name</source>
        <translation>Datensatzname</translation>
    </message>
    <message>
        <source>a new or empty folder, e.g. nnUNet_raw/Dataset501_Covid</source>
        <translation>ein neuer oder leerer Ordner, z. B. nnUNet_raw/Dataset501_Covid</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Spacing</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>%1 × %2 mm, slices %3 mm (from the study)</source>
        <translation>%1 × %2 mm, Schichten %3 mm (aus der Studie)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Evaluate…</source>
        <translation>Bewerten…</translation>
    </message>
    <message>
        <source>Train a segmenter on the exported dataset and on the one real slice, test both on the study&apos;s labelled slices</source>
        <translation>Einen Segmentierer auf dem exportierten Datensatz und auf der einen realen Schicht trainieren, beide an den gelabelten Schichten der Studie testen</translation>
    </message>
    <message>
        <source>Synthetic CT (in HU) with its labels (0 background, 1 left lung, 2 right lung, 3 infection), and a record that makes the dataset reproducible.</source>
        <translation>Synthetisches CT (in HU) mit seinen Labels (0 Hintergrund, 1 linke Lunge, 2 rechte Lunge, 3 Infektion) und einem Protokoll, das den Datensatz reproduzierbar macht.</translation>
    </message>
    <message>
        <source>The same on the command line:</source>
        <translation>Dasselbe auf der Kommandozeile:</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>Datensatzordner</translation>
    </message>
    <message>
        <source>Mask files</source>
        <translation>Maskendateien</translation>
    </message>
    <message>
        <source>Masks (*.png *.bmp *.pgm *.nii *.nii.gz *.nrrd *.nhdr *.mha *.mhd *.pt);;All files (*)</source>
        <translation>Masken (*.png *.bmp *.pgm *.nii *.nii.gz *.nrrd *.nhdr *.mha *.mhd *.pt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A lesion volume</source>
        <translation>Ein Läsionsvolumen</translation>
    </message>
    <message>
        <source>Volumes (*.nii *.nii.gz *.nrrd *.nhdr *.mha *.mhd);;All files (*)</source>
        <translation>Volumen (*.nii *.nii.gz *.nrrd *.nhdr *.mha *.mhd);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A folder of masks</source>
        <translation>Ein Ordner mit Masken</translation>
    </message>
    <message>
        <source>These masks cannot be used: %1</source>
        <translation>Diese Masken sind nicht verwendbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n left out: </source>
        <translation>
            <numerusform>%n ausgelassen: </numerusform>
            <numerusform>%n ausgelassen: </numerusform>
        </translation>
    </message>
    <message>
        <source>Lesions are placed into a study&apos;s lungs: open a study with painted lungs first.</source>
        <translation>Läsionen werden in die Lunge einer Studie gesetzt: zuerst eine Studie mit bemalter Lunge öffnen.</translation>
    </message>
    <message>
        <source>These lesions cannot be placed: %1</source>
        <translation>Diese Läsionen lassen sich nicht platzieren: %1</translation>
    </message>
    <message>
        <source>%1 holds no mask files (PNG, BMP, PGM, NIfTI, NRRD, MetaImage, slice bundles).</source>
        <translation>%1 enthält keine Maskendateien (PNG, BMP, PGM, NIfTI, NRRD, MetaImage, Schichtbündel).</translation>
    </message>
    <message>
        <source>The folder %1</source>
        <translation>Der Ordner %1</translation>
    </message>
    <message>
        <source>There are no masks to export from: paint or propose the lungs first.</source>
        <translation>Es gibt keine Masken für den Export: zuerst die Lunge malen oder vorschlagen.</translation>
    </message>
    <message>
        <source>Choose a folder for the dataset.</source>
        <translation>Einen Ordner für den Datensatz wählen.</translation>
    </message>
    <message>
        <source>Choose the second model for image fusion, or turn fusion off.</source>
        <translation>Das zweite Modell für die Bildfusion wählen oder die Fusion ausschalten.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>%1 cases written to %2</source>
        <translation>%1 Fälle nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export abgebrochen: nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Export failed, nothing was written: %1</source>
        <translation>Export fehlgeschlagen, nichts wurde geschrieben: %1</translation>
    </message>
    <message>
        <source>Images per mask, with consecutive seeds (more than one needs the randomised condition); from a cpu-medium model 16 trained a better segmenter than 4. Whole volumes: one per label volume unless you choose more</source>
        <translation>Bilder je Maske, mit aufeinanderfolgenden Seeds (mehr als eines braucht die randomisierte Bedingung); mit einem cpu-medium-Modell trainierten 16 einen besseren Segmentierer als 4. Ganze Volumina: eines je Labelvolumen, sofern Sie nicht mehr wählen</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::GeneratedView</name>
    <message>
        <source>updating…</source>
        <translation>wird aktualisiert…</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::GenerationService</name>
    <message>
        <source>No model is open.</source>
        <translation>Es ist kein Modell geöffnet.</translation>
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
        <translation>Die ganze Label-Überlagerung zeigen oder verbergen (L)</translation>
    </message>
    <message>
        <source>Show or hide this label</source>
        <translation>Dieses Label zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Choose the label&apos;s colour</source>
        <translation>Die Farbe des Labels wählen</translation>
    </message>
    <message>
        <source>The label&apos;s name (value %1 in the label map)</source>
        <translation>Der Name des Labels (Wert %1 in der Labelkarte)</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Farbe von %1</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <source>Fill opacity of the labels</source>
        <translation>Füll-Deckkraft der Labels</translation>
    </message>
    <message>
        <source>Outline only</source>
        <translation>Nur Umrisse</translation>
    </message>
    <message>
        <source>Draw label outlines instead of filled regions, to see the anatomy underneath (O)</source>
        <translation>Umrisse statt gefüllter Bereiche zeichnen, um die Anatomie darunter zu sehen (O)</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::LossChart</name>
    <message>
        <source>Which part of the training the curves show</source>
        <translation>Welcher Teil des Trainings in den Kurven zu sehen ist</translation>
    </message>
    <message>
        <source>Exponential smoothing of the curves</source>
        <translation>Exponentielle Glättung der Kurven</translation>
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
        <translation>Vortraining des Segmentierungs-U-Nets</translation>
    </message>
    <message>
        <source>Logarithmic loss axis: the small reconstruction terms stay readable next to the total</source>
        <translation>Logarithmische Verlustachse: die kleinen Rekonstruktionsterme bleiben neben der Summe lesbar</translation>
    </message>
    <message>
        <source>Adversarial</source>
        <translation>Adversarial</translation>
    </message>
    <message>
        <source>U-Net pre-training</source>
        <translation>U-Net-Vortraining</translation>
    </message>
    <message>
        <source>scale %1 (%2 px) · stage %3</source>
        <translation>Skala %1 (%2 px) · Stufe %3</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>fortgesetzt</translation>
    </message>
    <message>
        <source>whole training</source>
        <translation>ganzes Training</translation>
    </message>
    <message>
        <source>waiting for the first stage</source>
        <translation>warte auf die erste Stufe</translation>
    </message>
    <message>
        <source>Segmentation U-Net pre-training · cross-entropy</source>
        <translation>Vortraining des Segmentierungs-U-Nets · Kreuzentropie</translation>
    </message>
    <message>
        <source>Adversarial · %1</source>
        <translation>Adversarial · %1</translation>
    </message>
    <message>
        <source>Reconstruction · %1</source>
        <translation>Rekonstruktion · %1</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::MainWindow</name>
    <message>
        <source>CoSinGAN Studio</source>
        <translation>CoSinGAN Studio</translation>
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
        <translation>%1 — CoSinGAN Studio</translation>
    </message>
    <message>
        <source>● unsaved labels</source>
        <translation>● ungespeicherte Labels</translation>
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
        <translation> · %1 px</translation>
    </message>
    <message>
        <source> · HU %1..%2</source>
        <translation> · HU %1..%2</translation>
    </message>
    <message>
        <source> · over background</source>
        <translation> · über Hintergrund</translation>
    </message>
    <message>
        <source> · over lungs</source>
        <translation> · über Lunge</translation>
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
        <translation>Ein CT-Volumen oder eine Schicht öffnen</translation>
    </message>
    <message>
        <source>Medical images (*.nii *.nii.gz *.dcm *.nrrd *.mha *.mhd *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Medizinische Bilder (*.nii *.nii.gz *.dcm *.nrrd *.mha *.mhd *.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open &amp;DICOM Folder…</source>
        <translation>&amp;DICOM-Ordner öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open a DICOM series folder</source>
        <translation>Einen DICOM-Serienordner öffnen</translation>
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
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Window: %1</source>
        <translation>Fenster: %1</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
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
        <source>Clear the List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Synthesise</source>
        <translation>Synthetisieren</translation>
    </message>
    <message>
        <source>Preferences saved; the theme and language change at the next start</source>
        <translation>Einstellungen gespeichert; Design und Sprache ändern sich beim nächsten Start</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Einstellungen gespeichert</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Export Dataset…</source>
        <translation>Datensatz &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>%1 Workspace</source>
        <translation>Arbeitsbereich %1</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Shift+F1</source>
        <translation>Shift+F1</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::MeasurePanel</name>
    <message>
        <source>Measure the Study</source>
        <translation>Die Studie vermessen</translation>
    </message>
    <message>
        <source>Volumes (mL) and HU of every label over all slices</source>
        <translation>Volumen (mL) und HU jedes Labels über alle Schichten</translation>
    </message>
    <message>
        <source>No study open.</source>
        <translation>Keine Studie geöffnet.</translation>
    </message>
    <message>
        <source>Slice %1 · the file gives no spacing: sizes assume 1 mm pixels</source>
        <translation>Schicht %1 · die Datei enthält keinen Abstand: Größen nehmen 1-mm-Pixel an</translation>
    </message>
    <message>
        <source>Slice %1 (left) and the whole study (right)</source>
        <translation>Schicht %1 (links) und die ganze Studie (rechts)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 mm²%2
%3</source>
        <translation>%1 mm²%2
%3</translation>
    </message>
    <message>
        <source>%1 mL%2
%3</source>
        <translation>%1 mL%2
%3</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
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
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>all cores (%1)</source>
        <translation>alle Kerne (%1)</translation>
    </message>
    <message>
        <source>CPU threads a training uses; fewer leave the computer responsive</source>
        <translation>CPU-Threads, die ein Training nutzt; weniger halten den Rechner reaktionsfähig</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <source>Default preset</source>
        <translation>Standard-Voreinstellung</translation>
    </message>
    <message>
        <source>optional: ImageNet VGG-19 (TorchScript) for MS-FVL</source>
        <translation>optional: ImageNet-VGG-19 (TorchScript) für MS-FVL</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>VGG-19 weights</source>
        <translation>VGG-19-Gewichte</translation>
    </message>
    <message>
        <source>VGG-19 TorchScript file</source>
        <translation>VGG-19-TorchScript-Datei</translation>
    </message>
    <message>
        <source>TorchScript (*.pt *.pth);;All files (*)</source>
        <translation>TorchScript (*.pt *.pth);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>New models in</source>
        <translation>Neue Modelle in</translation>
    </message>
    <message>
        <source>the app&apos;s own models folder</source>
        <translation>dem eigenen Modellordner der App</translation>
    </message>
    <message>
        <source>Open files from</source>
        <translation>Dateien öffnen aus</translation>
    </message>
    <message>
        <source>the home folder</source>
        <translation>dem Home-Ordner</translation>
    </message>
    <message>
        <source>Export datasets to</source>
        <translation>Datensätze exportieren nach</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Show the Start page when the app opens without a study</source>
        <translation>Die Startseite zeigen, wenn die App ohne Studie startet</translation>
    </message>
    <message>
        <source>Theme and language change at the next start.</source>
        <translation>Design und Sprache ändern sich beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::PreviewDialog</name>
    <message>
        <source>Show the condition&apos;s outlines</source>
        <translation>Die Umrisse der Bedingung zeigen</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::ProgressBarJob</name>
    <message>
        <source> · about %1 s left</source>
        <translation> · noch etwa %1 s</translation>
    </message>
    <message>
        <source> · about %1 min left</source>
        <translation> · noch etwa %1 min</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::PyramidDialog</name>
    <message>
        <source>Every scale of one generation</source>
        <translation>Jede Skala einer Erzeugung</translation>
    </message>
    <message>
        <source>final image (%1 × %2)</source>
        <translation>Endbild (%1 × %2)</translation>
    </message>
    <message>
        <source>Play from the Coarsest Scale</source>
        <translation>Von der gröbsten Skala an abspielen</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::PyramidStrip</name>
    <message>
        <source>The scale pyramid: each scale trains stage 1 (conditional super-resolution) then stage 2 (restoration), coarse to fine</source>
        <translation>Die Skalenpyramide: jede Skala trainiert Stufe 1 (bedingte Superauflösung), dann Stufe 2 (Restaurierung), von grob nach fein</translation>
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
        <translation>Skala %1, Stufe %2%3 — zum Vergrößern klicken</translation>
    </message>
    <message>
        <source>, iteration %1</source>
        <translation>, Iteration %1</translation>
    </message>
    <message>
        <source>Scale %1 (%2 px), stage %3</source>
        <translation>Skala %1 (%2 px), Stufe %3</translation>
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
        <translation>Axial %1 / %2
z = %3 mm</translation>
    </message>
    <message>
        <source>W %1  L %2</source>
        <translation>W %1  L %2</translation>
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
        <translation>Ein CT-Volumen, einen DICOM-Ordner oder ein Bild öffnen
(Menü Datei, oder hierher ziehen)</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>%1 px (the file has no spacing)</source>
        <translation>%1 px (die Datei enthält keinen Abstand)</translation>
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
        <translation>Die Labels von %1 haben ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>Built-in demo (synthetic chest CT)</source>
        <translation>Eingebaute Demo (synthetisches Thorax-CT)</translation>
    </message>
    <message>
        <source>Recover labels</source>
        <translation>Labels wiederherstellen</translation>
    </message>
    <message>
        <source>CoSinGAN Studio found labels for this study that were not saved (%1 edits since %2). Recover them?</source>
        <translation>CoSinGAN Studio hat ungespeicherte Labels für diese Studie gefunden (%1 Bearbeitungen seit %2). Wiederherstellen?</translation>
    </message>
    <message>
        <source>recovered labels</source>
        <translation>wiederhergestellte Labels</translation>
    </message>
    <message>
        <source>Recovered %1 unsaved edits</source>
        <translation>%1 ungespeicherte Bearbeitungen wiederhergestellt</translation>
    </message>
    <message>
        <source>Save labels</source>
        <translation>Labels speichern</translation>
    </message>
    <message>
        <source>NIfTI (*.nii.gz *.nii)</source>
        <translation>NIfTI (*.nii.gz *.nii)</translation>
    </message>
    <message>
        <source>Labels saved to %1</source>
        <translation>Labels gespeichert in %1</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>imported slice labels</source>
        <translation>importierte Schichtlabels</translation>
    </message>
    <message>
        <source>imported labels</source>
        <translation>importierte Labels</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>Slice labels (0..3) written to %1</source>
        <translation>Schichtlabels (0..3) nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Cannot save the session</source>
        <translation>Die Sitzung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Session %1 opened</source>
        <translation>Sitzung %1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot open the session</source>
        <translation>Die Sitzung kann nicht geöffnet werden</translation>
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
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Save labels as</source>
        <translation>Labels speichern unter</translation>
    </message>
    <message>
        <source>&amp;Import Labels…</source>
        <translation>Labels &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import labels</source>
        <translation>Labels importieren</translation>
    </message>
    <message>
        <source>Label maps (*.nii.gz *.nii *.png);;All files (*)</source>
        <translation>Labelkarten (*.nii.gz *.nii *.png);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Export Slice Labels as PNG…</source>
        <translation>Schicht-Labels als PNG &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export slice labels</source>
        <translation>Schichtlabels exportieren</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
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
        <translation>Sitzungen (*.cosingan-session)</translation>
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
    <message>
        <source>%1 is a label map (it holds only label values), not a CT image.</source>
        <translation>%1 ist eine Labelkarte (sie enthält nur Labelwerte), kein CT-Bild.</translation>
    </message>
    <message>
        <source>Not a CT image</source>
        <translation>Kein CT-Bild</translation>
    </message>
    <message>
        <source>Use File ▸ Import Labels to add it to the open study.</source>
        <translation>Mit Datei ▸ Labels importieren zur geöffneten Studie hinzufügen.</translation>
    </message>
    <message>
        <source>Open the CT it belongs to first, then use File ▸ Import Labels.</source>
        <translation>Zuerst das zugehörige CT öffnen, dann Datei ▸ Labels importieren.</translation>
    </message>
    <message>
        <source>Import it as the labels of the open study?</source>
        <translation>Als Labels der geöffneten Studie importieren?</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Check this study</source>
        <translation>Diese Studie prüfen</translation>
    </message>
    <message>
        <source>%1 was opened, but:

• %2</source>
        <translation>%1 wurde geöffnet, aber:

• %2</translation>
    </message>
    <message>
        <source>Labels saved beside this study: %1 (File ▸ Import Labels opens them)</source>
        <translation>Neben dieser Studie gespeicherte Labels: %1 (Datei ▸ Labels importieren öffnet sie)</translation>
    </message>
    <message>
        <source>Saved labels</source>
        <translation>Gespeicherte Labels</translation>
    </message>
    <message>
        <source>Labels saved beside this study were found:
%1

Open them?</source>
        <translation>Neben dieser Studie wurden gespeicherte Labels gefunden:
%1

Öffnen?</translation>
    </message>
    <message>
        <source>Opened the labels saved beside this study: %1</source>
        <translation>Die neben dieser Studie gespeicherten Labels wurden geöffnet: %1</translation>
    </message>
    <message>
        <source>The labels beside this study (%1) do not fit it: %2</source>
        <translation>Die Labels neben dieser Studie (%1) passen nicht zu ihr: %2</translation>
    </message>
    <message>
        <source>Infection (the mask&apos;s pixels become infection; other labels stay)</source>
        <translation>Infektion (die Pixel der Maske werden Infektion; andere Labels bleiben)</translation>
    </message>
    <message>
        <source>Lungs (left and right by side; other labels stay)</source>
        <translation>Lunge (links und rechts nach Seite; andere Labels bleiben)</translation>
    </message>
    <message>
        <source>Label map (the file&apos;s value 1 is left lung; replaces the slice&apos;s labels)</source>
        <translation>Labelkarte (der Wert 1 der Datei ist die linke Lunge; ersetzt die Labels der Schicht)</translation>
    </message>
    <message>
        <source>Import mask as</source>
        <translation>Maske importieren als</translation>
    </message>
    <message>
        <source>%1 holds one label value. Import it as:</source>
        <translation>%1 enthält einen Labelwert. Importieren als:</translation>
    </message>
    <message>
        <source>infection</source>
        <translation>Infektion</translation>
    </message>
    <message>
        <source>lungs</source>
        <translation>Lunge</translation>
    </message>
    <message>
        <source>label map</source>
        <translation>Labelkarte</translation>
    </message>
    <message>
        <source>Imported %1 as %2: %3 (Ctrl+Z undoes)</source>
        <translation>%1 als %2 importiert: %3 (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>The model stays in %1 (%2)</source>
        <translation>Das Modell bleibt in %1 (%2)</translation>
    </message>
    <message>
        <source>Session saved to %1 (labels: %2)</source>
        <translation>Sitzung gespeichert in %1 (Labels: %2)</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::SynthesisPanel</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>No model open.</source>
        <translation>Kein Modell geöffnet.</translation>
    </message>
    <message>
        <source>Loading and verifying…</source>
        <translation>Wird geladen und geprüft…</translation>
    </message>
    <message>
        <source>Open Model…</source>
        <translation>Modell öffnen…</translation>
    </message>
    <message>
        <source>This Study&apos;s Model</source>
        <translation>Modell dieser Studie</translation>
    </message>
    <message>
        <source>The model trained on this study in the Train workspace</source>
        <translation>Das im Arbeitsbereich Trainieren auf dieser Studie trainierte Modell</translation>
    </message>
    <message>
        <source>Recently used models</source>
        <translation>Zuletzt verwendete Modelle</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Training Slice</source>
        <translation>Trainingsschicht</translation>
    </message>
    <message>
        <source>Start from the labels the model was trained on</source>
        <translation>Mit den Labels beginnen, auf denen das Modell trainiert wurde</translation>
    </message>
    <message>
        <source>Study Slice</source>
        <translation>Schicht der Studie</translation>
    </message>
    <message>
        <source>Start from the labels of the slice shown in Annotate</source>
        <translation>Mit den Labels der im Annotieren gezeigten Schicht beginnen</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Start from nothing: paint the lungs, then infection</source>
        <translation>Mit nichts beginnen: die Lunge malen, dann die Infektion</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>A label map or condition image (PNG, NIfTI)</source>
        <translation>Eine Labelkarte oder ein Bedingungsbild (PNG, NIfTI)</translation>
    </message>
    <message>
        <source>Study Slice + Lesions…</source>
        <translation>Schicht der Studie + Läsionen…</translation>
    </message>
    <message>
        <source>The study slice with the lesions of a lesion mask volume (e.g. MosMed) placed into its lungs</source>
        <translation>Die Schicht der Studie mit den Läsionen eines Läsionsmasken-Volumens (z. B. MosMed) in ihrer Lunge</translation>
    </message>
    <message>
        <source>Diversity</source>
        <translation>Vielfalt</translation>
    </message>
    <message>
        <source>Randomised condition (RC)</source>
        <translation>Randomisierte Bedingung (RC)</translation>
    </message>
    <message>
        <source>Every pixel&apos;s condition value drawn within its class interval (the paper&apos;s RC)</source>
        <translation>Der Bedingungswert jedes Pixels wird innerhalb seines Klassenintervalls gezogen (RC der Publikation)</translation>
    </message>
    <message>
        <source>δb</source>
        <translation>δb</translation>
    </message>
    <message>
        <source>δl</source>
        <translation>δl</translation>
    </message>
    <message>
        <source>δi</source>
        <translation>δi</translation>
    </message>
    <message>
        <source>RC noise magnitude for background, lung and infection</source>
        <translation>RC-Rauschstärke für Hintergrund, Lunge und Infektion</translation>
    </message>
    <message>
        <source>Dropout at synthesis (AD)</source>
        <translation>Dropout bei der Synthese (AD)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Draw a new random seed</source>
        <translation>Einen neuen zufälligen Seed ziehen</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Fuse with</source>
        <translation>Fusionieren mit</translation>
    </message>
    <message>
        <source>ζ random</source>
        <translation>ζ zufällig</translation>
    </message>
    <message>
        <source>ζ </source>
        <translation>ζ </translation>
    </message>
    <message>
        <source>Weight of this model&apos;s image: I = ζ·I₁ + (1 − ζ)·I₂; at the minimum, drawn per image</source>
        <translation>Gewicht des Bildes dieses Modells: I = ζ·I₁ + (1 − ζ)·I₂; am Minimum je Bild gezogen</translation>
    </message>
    <message>
        <source>U[0,1]</source>
        <translation>U[0,1]</translation>
    </message>
    <message>
        <source>Beta α </source>
        <translation>Beta α </translation>
    </message>
    <message>
        <source>A random ζ from Beta(α, α) instead of U[0,1] (the paper&apos;s suggested improvement)</source>
        <translation>Ein zufälliges ζ aus Beta(α, α) statt U[0,1] (die in der Publikation vorgeschlagene Verbesserung)</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Generate Variants</source>
        <translation>Varianten erzeugen</translation>
    </message>
    <message>
        <source>Several images of this condition with consecutive seeds (needs RC or dropout)</source>
        <translation>Mehrere Bilder dieser Bedingung mit fortlaufenden Seeds (braucht RC oder Dropout)</translation>
    </message>
    <message>
        <source>Every Scale (Pyramid)…</source>
        <translation>Jede Skala (Pyramide)…</translation>
    </message>
    <message>
        <source>Each scale&apos;s stage-1 and stage-2 output of this image, with a demonstration from 32 px up</source>
        <translation>Die Ausgaben von Stufe 1 und 2 jeder Skala für dieses Bild, mit einer Vorführung ab 32 px</translation>
    </message>
    <message>
        <source>Save Image and Condition…</source>
        <translation>Bild und Bedingung speichern…</translation>
    </message>
    <message>
        <source>Export Dataset…</source>
        <translation>Datensatz exportieren…</translation>
    </message>
    <message>
        <source>A labelled synthetic dataset in nnU-Net&apos;s layout from the study&apos;s slices (File ▸ Export Dataset)</source>
        <translation>Ein gelabelter synthetischer Datensatz im nnU-Net-Layout aus den Schichten der Studie (Datei ▸ Datensatz exportieren)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>one scale</source>
        <translation>eine Skala</translation>
    </message>
    <message>
        <source>%1 scales</source>
        <translation>%1 Skalen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 preset, %3 up to %4 px</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Voreinstellung %2, %3 bis %4 px</translation>
    </message>
    <message>
        <source>Cannot open the model: %1</source>
        <translation>Das Modell kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>No recent models</source>
        <translation>Keine zuletzt verwendeten Modelle</translation>
    </message>
    <message>
        <source>Recent models…</source>
        <translation>Zuletzt verwendete Modelle…</translation>
    </message>
    <message>
        <source>&lt;br&gt;draws the lung box of each mask</source>
        <translation>&lt;br&gt;zeichnet den Lungenausschnitt jeder Maske</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::SynthesiseWorkspace</name>
    <message>
        <source>Open a model (right), then paint lungs and infection on the left: the CT appears here.</source>
        <translation>Ein Modell öffnen (rechts), dann links Lunge und Infektion malen: hier erscheint das CT.</translation>
    </message>
    <message>
        <source>Condition (paint here)</source>
        <translation>Bedingung (hier malen)</translation>
    </message>
    <message>
        <source>Generated CT</source>
        <translation>Erzeugtes CT</translation>
    </message>
    <message>
        <source>Slice: draw → generate</source>
        <translation>Schicht: zeichnen → erzeugen</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Cannot use %1 for fusion: %2</source>
        <translation>%1 kann nicht für die Fusion verwendet werden: %2</translation>
    </message>
    <message>
        <source>Cannot open the model %1: %2</source>
        <translation>Das Modell %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Open a trained model folder</source>
        <translation>Einen trainierten Modellordner öffnen</translation>
    </message>
    <message>
        <source>Import a condition</source>
        <translation>Eine Bedingung importieren</translation>
    </message>
    <message>
        <source>Label maps (*.png *.nii *.nii.gz);;All files (*)</source>
        <translation>Labelkarten (*.png *.nii *.nii.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Lesion mask volume</source>
        <translation>Läsionsmasken-Volumen</translation>
    </message>
    <message>
        <source>NIfTI (*.nii *.nii.gz)</source>
        <translation>NIfTI (*.nii *.nii.gz)</translation>
    </message>
    <message>
        <source>Variants need a diversity option: randomised condition switched on</source>
        <translation>Varianten brauchen eine Vielfaltsoption: die randomisierte Bedingung wurde eingeschaltet</translation>
    </message>
    <message>
        <source>A second model for image fusion</source>
        <translation>Ein zweites Modell für die Bildfusion</translation>
    </message>
    <message>
        <source>Save the generated image</source>
        <translation>Das erzeugte Bild speichern</translation>
    </message>
    <message>
        <source>PNG and condition PNG (*.png);;NIfTI in HU with labels (*.nii.gz *.nii)</source>
        <translation>PNG und Bedingungs-PNG (*.png);;NIfTI in HU mit Labels (*.nii.gz *.nii)</translation>
    </message>
    <message>
        <source>Open a model first: the dataset is generated with it</source>
        <translation>Zuerst ein Modell öffnen: der Datensatz wird damit erzeugt</translation>
    </message>
    <message>
        <source>synthetic (%1)</source>
        <translation>synthetisch (%1)</translation>
    </message>
    <message>
        <source>Cannot evaluate %1: %2</source>
        <translation>%1 kann nicht bewertet werden: %2</translation>
    </message>
    <message>
        <source>Model %1 open (%2 preset)</source>
        <translation>Modell %1 geöffnet (Voreinstellung %2)</translation>
    </message>
    <message>
        <source>the model&apos;s training slice</source>
        <translation>die Trainingsschicht des Modells</translation>
    </message>
    <message>
        <source>slice %1 of %2%3</source>
        <translation>Schicht %1 von %2%3</translation>
    </message>
    <message>
        <source> + lesions of %1</source>
        <translation> + Läsionen von %1</translation>
    </message>
    <message>
        <source>Lesions of %1 placed into the lungs of slice %2 (the study&apos;s labels are unchanged)</source>
        <translation>Läsionen von %1 in die Lunge von Schicht %2 gesetzt (die Labels der Studie bleiben unverändert)</translation>
    </message>
    <message>
        <source>Cannot place lesions: %1</source>
        <translation>Läsionen lassen sich nicht platzieren: %1</translation>
    </message>
    <message>
        <source>a blank condition</source>
        <translation>eine leere Bedingung</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>No variants: %1</source>
        <translation>Keine Varianten: %1</translation>
    </message>
    <message>
        <source>%1 variants in %2 ms</source>
        <translation>%1 Varianten in %2 ms</translation>
    </message>
    <message>
        <source>No pyramid: %1</source>
        <translation>Keine Pyramide: %1</translation>
    </message>
    <message>
        <source>%1 ms after the edit (engine %2 ms) · seed %3</source>
        <translation>%1 ms nach der Änderung (Engine %2 ms) · Seed %3</translation>
    </message>
    <message>
        <source> · fused, ζ = %1</source>
        <translation> · fusioniert, ζ = %1</translation>
    </message>
    <message>
        <source>Saved %1 and its labels beside it</source>
        <translation>%1 und seine Labels daneben gespeichert</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: %1 exists already; choose another name</source>
        <translation>Nicht gespeichert: %1 existiert bereits; einen anderen Namen wählen</translation>
    </message>
    <message>
        <source>Saved %1 and its condition (labels 0..3) %2</source>
        <translation>%1 und seine Bedingung (Labels 0..3) %2 gespeichert</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::ToolPanel</name>
    <message>
        <source>Brush diameter in pixels ([ and ], or Shift+wheel)</source>
        <translation>Pinseldurchmesser in Pixeln ([ und ] oder Umschalt+Mausrad)</translation>
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
        <translation>Quadratischer statt runder Pinsel</translation>
    </message>
    <message>
        <source> HU</source>
        <translation> HU</translation>
    </message>
    <message>
        <source>Editable intensity range</source>
        <translation>Bearbeitbarer Intensitätsbereich</translation>
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
        <translation>%1 px</translation>
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
        <translation>Fortsetzen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Training finished: the model is in %1</source>
        <translation>Training beendet: das Modell liegt in %1</translation>
    </message>
    <message>
        <source>Training stopped; it can be resumed.</source>
        <translation>Training gestoppt; es kann fortgesetzt werden.</translation>
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
        <translation>CUDA erscheint, wenn LibTorch eine GPU sieht</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>optional: ImageNet VGG-19 (TorchScript) for MS-FVL</source>
        <translation>optional: ImageNet-VGG-19 (TorchScript) für MS-FVL</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>VGG-19</source>
        <translation>VGG-19</translation>
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
        <translation>Ein CoSinGAN auf der aktuellen Schicht und ihrer Maske trainieren (Strg+T)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
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
        <translation>Nach der aktuellen Iteration stoppen; ein Checkpoint wird geschrieben und das Training kann fortgesetzt werden</translation>
    </message>
    <message>
        <source>VGG-19 TorchScript file</source>
        <translation>VGG-19-TorchScript-Datei</translation>
    </message>
    <message>
        <source>TorchScript (*.pt *.pth);;All files (*)</source>
        <translation>TorchScript (*.pt *.pth);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot train: %1</source>
        <translation>Training nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot train</source>
        <translation>Training nicht möglich</translation>
    </message>
    <message>
        <source>Open a study first.</source>
        <translation>Bitte zuerst eine Studie öffnen.</translation>
    </message>
    <message>
        <source>%1, slice %2 (%3 × %4): lungs %5 / %6 px, infection %7 px</source>
        <translation>%1, Schicht %2 (%3 × %4): Lunge %5 / %6 px, Infektion %7 px</translation>
    </message>
    <message>
        <source> — paint or propose the lungs first (Annotate, Ctrl+L)</source>
        <translation> — zuerst die Lunge malen oder vorschlagen (Annotieren, Strg+L)</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <source>Stop the training? A checkpoint is written and it can be resumed later.</source>
        <translation>Das Training stoppen? Ein Checkpoint wird geschrieben, und es kann später fortgesetzt werden.</translation>
    </message>
    <message>
        <source>A training stopped at %1 (%2). Resume it?</source>
        <translation>Ein Training wurde bei %1 gestoppt (%2). Fortsetzen?</translation>
    </message>
    <message>
        <source>Choose another model folder</source>
        <translation>Einen anderen Modellordner wählen</translation>
    </message>
    <message>
        <source>This training writes here; the folder is locked until it ends</source>
        <translation>Dieses Training schreibt hierhin; der Ordner ist bis zu seinem Ende gesperrt</translation>
    </message>
    <message>
        <source>Where the model is written: a new folder, or a model folder of ours to replace</source>
        <translation>Wohin das Modell geschrieben wird: ein neuer Ordner oder ein eigener Modellordner, der ersetzt wird</translation>
    </message>
    <message>
        <source>Lungs only</source>
        <translation>Nur die Lungen</translation>
    </message>
    <message>
        <source>Train on the lungs&apos; bounding box plus a margin instead of the whole slice: the networks&apos; pixels go to the lungs. The model then draws the lung box of every mask.</source>
        <translation>Auf dem umschließenden Rechteck der Lungen plus Rand trainieren statt auf der ganzen Schicht: die Pixel der Netze gehen an die Lungen. Das Modell zeichnet dann den Lungenausschnitt jeder Maske.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Bildfeld</translation>
    </message>
    <message>
        <source>; trains on the lung box, %1 × %2 px</source>
        <translation>; trainiert auf dem Lungenausschnitt, %1 × %2 px</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::TrainingIndicator</name>
    <message>
        <source>Training in progress: click to show the Train workspace</source>
        <translation>Training läuft: klicken, um den Arbeitsbereich Trainieren zu zeigen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the training after the current iteration; it can be resumed</source>
        <translation>Das Training nach der aktuellen Iteration stoppen; es kann fortgesetzt werden</translation>
    </message>
    <message>
        <source>Training paused</source>
        <translation>Training pausiert</translation>
    </message>
    <message>
        <source>Training stopping</source>
        <translation>Training wird gestoppt</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::TrainingProgressBox</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Overall %p%</source>
        <translation>Gesamt %p%</translation>
    </message>
    <message>
        <source>Segmentation U-Net pre-training</source>
        <translation>Vortraining des Segmentierungs-U-Nets</translation>
    </message>
    <message>
        <source>Scale %1 of %2 (%3 px) · stage %4</source>
        <translation>Skala %1 von %2 (%3 px) · Stufe %4</translation>
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
        <translation> — pausiert</translation>
    </message>
    <message>
        <source> — stopping</source>
        <translation> — wird gestoppt</translation>
    </message>
    <message>
        <source>Stopped (resumable)</source>
        <translation>Gestoppt (fortsetzbar)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 · iteration %2 of %3</source>
        <translation>%1 · Iteration %2 von %3</translation>
    </message>
    <message>
        <source> · %1 GB in use</source>
        <translation> · %1 GB belegt</translation>
    </message>
    <message>
        <source>%1 it/s · about %2 left · running %3 · UI latency %4 ms</source>
        <translation>%1 it/s · noch etwa %2 · läuft seit %3 · UI-Latenz %4 ms</translation>
    </message>
    <message>
        <source>(measuring)</source>
        <translation>(wird gemessen)</translation>
    </message>
    <message>
        <source>
Other programs are using the CPU: this training gets %1 % of it, and takes longer while they run</source>
        <translation>
Andere Programme nutzen die CPU: dieses Training erhält %1 % davon und dauert länger, solange sie laufen</translation>
    </message>
    <message>
        <source>Trained in %1 · model in %2</source>
        <translation>Trainiert in %1 · Modell in %2</translation>
    </message>
    <message>
        <source>Model in %1</source>
        <translation>Modell in %1</translation>
    </message>
    <message>
        <source>Stopped after %1; the checkpoint is in %2</source>
        <translation>Nach %1 gestoppt; der Checkpoint liegt in %2</translation>
    </message>
    <message>
        <source>
Trained on %1, slice %2 (%3 × %4)</source>
        <translation>
Trainiert auf %1, Schicht %2 (%3 × %4)</translation>
    </message>
    <message>
        <source>
Trained on %1 (%2 × %3)</source>
        <translation>
Trainiert auf %1 (%2 × %3)</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::TrainingSession</name>
    <message>
        <source>A training is already running.</source>
        <translation>Ein Training läuft bereits.</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The model&apos;s curves are shown, but not its outputs: %1</source>
        <translation>Die Kurven des Modells werden gezeigt, aber nicht seine Ausgaben: %1</translation>
    </message>
    <message>
        <source>Cannot show the model in %1: %2</source>
        <translation>Das Modell in %1 kann nicht gezeigt werden: %2</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::UserGuideWindow</name>
    <message>
        <source>CoSinGAN Studio User Guide</source>
        <translation>CoSinGAN Studio – Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&lt;p&gt;The user guide is not installed. It is in the source tree as &lt;code&gt;docs/user-guide.md&lt;/code&gt;, and in the Debian package under &lt;code&gt;/usr/share/doc/cosingan-studio&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Benutzerhandbuch ist nicht installiert. Es liegt im Quellbaum als &lt;code&gt;docs/user-guide.md&lt;/code&gt; und im Debian-Paket unter &lt;code&gt;/usr/share/doc/cosingan-studio&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::VariantsDialog</name>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>Seed %1</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::VolumePage</name>
    <message>
        <source>Synthesise Volume</source>
        <translation>Volumen synthetisieren</translation>
    </message>
    <message>
        <source>Every slice of the study that has lungs, from its labels; the others are kept from the real CT</source>
        <translation>Jede Schicht der Studie mit Lunge, aus ihren Labels; die übrigen bleiben aus dem realen CT</translation>
    </message>
    <message>
        <source>Place Lesions From…</source>
        <translation>Läsionen platzieren aus…</translation>
    </message>
    <message>
        <source>A lesion mask volume of another study (e.g. MosMed), placed into this study&apos;s lungs</source>
        <translation>Ein Läsionsmasken-Volumen einer anderen Studie (z. B. MosMed), in die Lunge dieser Studie gesetzt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save Volume…</source>
        <translation>Volumen speichern…</translation>
    </message>
    <message>
        <source>Show Study</source>
        <translation>Studie zeigen</translation>
    </message>
    <message>
        <source>The real study in the reformatted and 3-D views</source>
        <translation>Die reale Studie in den reformatierten und den 3-D-Ansichten</translation>
    </message>
    <message>
        <source>Window of the reformatted views</source>
        <translation>Fenster der reformatierten Ansichten</translation>
    </message>
    <message>
        <source>Label overlay opacity</source>
        <translation>Deckkraft der Label-Überlagerung</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Umriss</translation>
    </message>
    <message>
        <source>Draw the labels as outlines in each plane instead of filled</source>
        <translation>Die Labels in jeder Ebene als Umrisse statt gefüllt zeichnen</translation>
    </message>
    <message>
        <source>The synthetic volume will appear above the real one, with linked cursors.</source>
        <translation>Das synthetische Volumen erscheint über dem realen, mit verknüpften Cursorn.</translation>
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
        <source>Lesion mask volume</source>
        <translation>Läsionsmasken-Volumen</translation>
    </message>
    <message>
        <source>NIfTI (*.nii *.nii.gz)</source>
        <translation>NIfTI (*.nii *.nii.gz)</translation>
    </message>
    <message>
        <source>Save the synthetic volume</source>
        <translation>Das synthetische Volumen speichern</translation>
    </message>
    <message>
        <source>NIfTI (*.nii.gz *.nii)</source>
        <translation>NIfTI (*.nii.gz *.nii)</translation>
    </message>
    <message>
        <source>Lesions of %1 placed into slices %2–%3: %4 voxels of infection (%5 outside the lungs dropped). They are used by the next synthesis; the study&apos;s own labels are unchanged.</source>
        <translation>Läsionen von %1 in die Schichten %2–%3 gesetzt: %4 Voxel Infektion (%5 außerhalb der Lunge verworfen). Sie werden für die nächste Synthese verwendet; die eigenen Labels der Studie bleiben unverändert.</translation>
    </message>
    <message>
        <source>Cannot place lesions: %1</source>
        <translation>Läsionen lassen sich nicht platzieren: %1</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, noch etwa %1 s</translation>
    </message>
    <message>
        <source>%1%2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Synthetic</source>
        <translation>Synthetisch</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Labels in 3-D (drag to rotate)</source>
        <translation>Labels in 3-D (zum Drehen ziehen)</translation>
    </message>
    <message>
        <source>%1 slices generated in %2 s</source>
        <translation>%1 Schichten in %2 s erzeugt</translation>
    </message>
    <message>
        <source>Synthetic CT: %1 slices generated, %2 kept from the real CT%3. Click any view to move all cursors.</source>
        <translation>Synthetisches CT: %1 Schichten erzeugt, %2 aus dem realen CT übernommen%3. Eine beliebige Ansicht anklicken, um alle Cursor zu bewegen.</translation>
    </message>
    <message>
        <source>, lesions from %1</source>
        <translation>, Läsionen aus %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was produced</source>
        <translation>Abgebrochen: nichts wurde erzeugt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Volume synthesis failed: %1</source>
        <translation>Volumensynthese fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Saved %1 and its labels %2</source>
        <translation>%1 und seine Labels %2 gespeichert</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::WelcomePage</name>
    <message>
        <source>&lt;h1 style=&quot;margin:0&quot;&gt;CoSinGAN Studio&lt;/h1&gt;&lt;p&gt;From one annotated CT slice to unlimited labelled CT slices.&lt;/p&gt;</source>
        <translation>&lt;h1 style=&quot;margin:0&quot;&gt;CoSinGAN Studio&lt;/h1&gt;&lt;p&gt;Von einer annotierten CT-Schicht zu beliebig vielen gelabelten CT-Schichten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Open the Built-in Demo</source>
        <translation>Eingebaute Demo öffnen</translation>
    </message>
    <message>
        <source>A synthetic chest phantom with lungs and infection painted</source>
        <translation>Ein synthetisches Thorax-Phantom mit gemalter Lunge und Infektion</translation>
    </message>
    <message>
        <source>Open a CT File…</source>
        <translation>CT-Datei öffnen…</translation>
    </message>
    <message>
        <source>NIfTI, DICOM, NRRD, MetaImage, PNG or JPEG (Ctrl+O)</source>
        <translation>NIfTI, DICOM, NRRD, MetaImage, PNG oder JPEG (Strg+O)</translation>
    </message>
    <message>
        <source>Open a DICOM Folder…</source>
        <translation>DICOM-Ordner öffnen…</translation>
    </message>
    <message>
        <source>A folder with one DICOM series (Ctrl+Shift+O)</source>
        <translation>Ein Ordner mit einer DICOM-Serie (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>Open a Session…</source>
        <translation>Sitzung öffnen…</translation>
    </message>
    <message>
        <source>A .cosingan-session saved earlier: study, labels and model</source>
        <translation>Eine früher gespeicherte .cosingan-session: Studie, Labels und Modell</translation>
    </message>
    <message>
        <source>Every shortcut: F1. The user guide: Shift+F1. Preferences: Ctrl+,</source>
        <translation>Alle Tastenkürzel: F1. Das Benutzerhandbuch: Umschalt+F1. Einstellungen: Strg+,</translation>
    </message>
    <message>
        <source>Show this page at start</source>
        <translation>Diese Seite beim Start zeigen</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studien</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>So funktioniert es</translation>
    </message>
    <message>
        <source>1  Paint</source>
        <translation>1  Malen</translation>
    </message>
    <message>
        <source>Open a CT and choose one slice. Propose the lungs (Ctrl+L) and paint the infection with the brush, fill or polygon, limited to an HU range.</source>
        <translation>Ein CT öffnen und eine Schicht wählen. Die Lunge vorschlagen (Strg+L) und die Infektion mit Pinsel, Füllung oder Polygon malen, auf einen HU-Bereich beschränkt.</translation>
    </message>
    <message>
        <source>2  Train</source>
        <translation>2  Trainieren</translation>
    </message>
    <message>
        <source>Train a CoSinGAN on that slice in the background: a pyramid of GANs from 32 px upwards. Watch the losses and images; pause, stop and resume.</source>
        <translation>Ein CoSinGAN auf dieser Schicht im Hintergrund trainieren: eine Pyramide von GANs ab 32 px. Verluste und Bilder verfolgen; pausieren, stoppen und fortsetzen.</translation>
    </message>
    <message>
        <source>3  Synthesise</source>
        <translation>3  Synthetisieren</translation>
    </message>
    <message>
        <source>Draw new lung and infection masks, or use other slices&apos; masks: the model paints matching CT, slice by slice or whole volumes.</source>
        <translation>Neue Lungen- und Infektionsmasken zeichnen oder die Masken anderer Schichten verwenden: das Modell malt das passende CT, Schicht für Schicht oder ganze Volumen.</translation>
    </message>
    <message>
        <source>4  Export</source>
        <translation>4  Exportieren</translation>
    </message>
    <message>
        <source>Export labelled datasets for nnU-Net and measure how well a segmenter trained on them does on real slices (File ▸ Export Dataset).</source>
        <translation>Gelabelte Datensätze für nnU-Net exportieren und messen, wie gut ein darauf trainierter Segmentierer auf realen Schichten abschneidet (Datei ▸ Datensatz exportieren).</translation>
    </message>
    <message>
        <source>No studies opened yet</source>
        <translation>Noch keine Studien geöffnet</translation>
    </message>
    <message>
        <source>No models opened yet</source>
        <translation>Noch keine Modelle geöffnet</translation>
    </message>
</context>
<context>
    <name>cosingan::ui::WindowPanel</name>
    <message>
        <source> HU</source>
        <translation> HU</translation>
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
    <message>
        <source>Display window presets (Alt+1, Alt+2, Alt+3). Right-drag in any tool, or drag in the Navigate tool, adjusts the window: horizontal = width, vertical = level.</source>
        <translation>Fenstervoreinstellungen (Alt+1, Alt+2, Alt+3). Rechtsziehen in jedem Werkzeug oder Ziehen im Navigieren-Werkzeug stellt das Fenster ein: waagrecht = Breite, senkrecht = Level.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Learn a CT slice generator from one annotated slice.</source>
        <translation>Aus einer annotierten Schicht einen CT-Schichtgenerator lernen.</translation>
    </message>
    <message>
        <source>CT file, DICOM folder or .cosingan-session to open (default: the built-in demo).</source>
        <translation>CT-Datei, DICOM-Ordner oder .cosingan-session zum Öffnen (Standard: die eingebaute Demo).</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to &lt;file&gt; and quit.</source>
        <translation>Ein Bildschirmfoto des Fensters in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>The image is stored transposed: show it with rows and columns swapped (plain images only).</source>
        <translation>Das Bild ist transponiert gespeichert: mit vertauschten Zeilen und Spalten anzeigen (nur einfache Bilder).</translation>
    </message>
    <message>
        <source>Workspace to show first: start, annotate, train or synthesise (default: the Start page without a study, else annotate).</source>
        <translation>Arbeitsbereich, der zuerst gezeigt wird: start, annotate, train oder synthesise (Standard: die Startseite ohne Studie, sonst annotate).</translation>
    </message>
    <message>
        <source>Open this trained model folder in the Synthesise workspace.</source>
        <translation>Diesen trainierten Modellordner im Arbeitsbereich Synthetisieren öffnen.</translation>
    </message>
    <message>
        <source>Language of this run: en, de or zh_CN (default: the preference, else the system&apos;s).</source>
        <translation>Sprache dieses Laufs: en, de oder zh_CN (Standard: die Einstellung, sonst die des Systems).</translation>
    </message>
    <message>
        <source>Print where Help &gt; User Guide reads the guide from, and quit.</source>
        <translation>Ausgeben, woher Hilfe &gt; Benutzerhandbuch das Handbuch liest, und beenden.</translation>
    </message>
</context>
</TS>
